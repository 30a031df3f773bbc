#!/usr/bin/env bash
# How fast the analytics are built from the event log: starts the embedded default (H2 file database, demo
# profile) with the simulated history, then times (1) writing the simulated history, (2) a full replay of the
# analytics over every event (POST /api/v1/analytics/replay, polled until done).
# Prints: inquiries and events written and the seconds it took; replay seconds and events per second.
# Usage: bench/analytics-replay.sh   (DAYS=400 by default; builds the jar if it is missing; JAVA_OPTS go to java)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/service/target/samspill.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
work=$(mktemp -d)
port=${PORT:-18081}
days=${DAYS:-400}
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

(cd "$work" && exec java ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=demo --server.port="$port" --samspill.simulation.enabled=true \
  --samspill.simulation.days="$days" > "$work/app.log" 2>&1) &
pid=$!
until grep -q "Simulated history written" "$work/app.log" 2>/dev/null; do
  kill -0 "$pid" 2>/dev/null || { echo "the application died; see its log:"; tail -20 "$work/app.log"; exit 1; }
  sleep 0.5
done
ready_line=$(grep "Demo setup ready" "$work/app.log" | head -1 | cut -c1-23)
written_line=$(grep "Simulated history written" "$work/app.log" | head -1)
written_at=$(echo "$written_line" | cut -c1-23)
seconds() { date -d "$1" +%s.%N; }
echo "simulated history: $(echo "$written_line" | sed 's/.*written: //') in" \
  "$(python3 -c "print(round($(seconds "$written_at") - $(seconds "$ready_line"), 1))") s"

progress() { curl -s -u admin:demo "http://localhost:$port/api/v1/analytics/replay"; }
until progress | grep -q '"state":"done"'; do sleep 1; done   # the first pass, as the events arrive
start=$(date +%s.%N)
curl -s -o /dev/null -u admin:demo -X POST "http://localhost:$port/api/v1/analytics/replay"
until progress | grep -q '"state":"done"'; do sleep 0.5; done
end=$(date +%s.%N)
events=$(progress | python3 -c "import json,sys; print(json.load(sys.stdin)['eventsTotal'])")
python3 -c "s=$end-$start; print(f'replay: {$events} events in {s:.1f} s, {$events/s:.0f} events/s')"
