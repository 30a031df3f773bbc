#!/usr/bin/env bash
# How fast the analytics are rebuilt from the event log: starts Samspill (demo profile) with the simulated history,
# as the README's run command does (bin/samspill: bin/jvm.options, the extracted jar, its class data and the java that
# made it), then times (1)
# writing the simulated history, (2) a full replay of the analytics over every event (POST /api/v1/analytics/replay,
# polled until done).
# Prints: inquiries and events written and the seconds it took; replay seconds and events per second; the node's
# resident memory at the end and at its peak.
# Usage: bench/analytics-replay.sh
#   DB=h2 (default: the embedded H2 file database) or DB=pg (a PostgreSQL 15 server from Debian's packages, started
#   here with production's synchronous_commit=on); DAYS=400 and SCALE=1 (SCALE=35 writes about a million events);
#   KEEP=<folder>: keep the database there and reuse it on the next run (the history is written only once);
#   REPLAYS=N replays N times in one run (the first on a cold JVM); JAVA_OPTS go to java after bin/jvm.options
#   (bin/samspill; e.g. JAVA_OPTS=-Xmx2g for SCALE=35). Builds the jar if it is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
extracted="$root/service/target/extracted"
[ -f "$extracted/java" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
work=$(mktemp -d)
port=${PORT:-18081}
days=${DAYS:-400}
scale=${SCALE:-1}
db=${DB:-h2}
data=${KEEP:-$work/data}
mkdir -p "$data"
chmod 755 "$work" "$data"
pg=/usr/lib/postgresql/15/bin
stop_pg() { [ "$db" = pg ] && runuser -u postgres -- "$pg/pg_ctl" -D "$data/pg" -m fast stop > /dev/null 2>&1 || true; }
trap 'kill "${pid:-}" 2>/dev/null || true; wait "${pid:-}" 2>/dev/null || true; stop_pg; rm -rf "$work"' EXIT

settings=()
if [ "$db" = pg ]; then
  [ -x "$pg/postgres" ] || apt-get install -y --no-install-recommends postgresql-15 > /dev/null
  pgport=${PGPORT:-15433}
  chown postgres "$data"
  if [ ! -d "$data/pg" ]; then
    runuser -u postgres -- "$pg/initdb" -D "$data/pg" -A trust -U samspill > /dev/null
  fi
  runuser -u postgres -- "$pg/pg_ctl" -D "$data/pg" -l "$data/pg.log" -w \
    -o "-p $pgport -k $data -c shared_buffers=512MB -c max_wal_size=4GB" start > /dev/null
  runuser -u postgres -- "$pg/psql" -h "$data" -p "$pgport" -U samspill -d postgres -tAc \
    "select 1 from pg_database where datname = 'samspill'" | grep -q 1 \
    || runuser -u postgres -- "$pg/createdb" -h "$data" -p "$pgport" -U samspill samspill
  settings=(--spring.profiles.active=demo,postgres --spring.datasource.url="jdbc:postgresql://localhost:$pgport/samspill"
    --spring.datasource.username=samspill --spring.datasource.password=unused)
else
  settings=(--spring.profiles.active=demo --spring.datasource.url="jdbc:h2:file:$data/samspill;DB_CLOSE_ON_EXIT=FALSE")
fi

(cd "$work" && SAMSPILL_NODE="$extracted" exec "$root/bin/samspill" "${settings[@]}" --server.port="$port" \
  --samspill.simulation.enabled=true --samspill.simulation.days="$days" --samspill.simulation.scale="$scale" \
  > "$work/app.log" 2>&1) &
pid=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "the application died; see its log:"; tail -20 "$work/app.log"; exit 1; }
  sleep 1
done
seconds() { date -d "$1" +%s.%N; }
if written_line=$(grep "Simulated history written" "$work/app.log" | head -1); then
  ready_line=$(grep "Demo setup ready" "$work/app.log" | head -1 | cut -c1-23)
  echo "simulated history ($db): $(echo "$written_line" | sed 's/.*written: //') in" \
    "$(python3 -c "print(round($(seconds "$(echo "$written_line" | cut -c1-23)") - $(seconds "$ready_line"), 1))") s"
else
  echo "simulated history ($db): written before, in $data"
fi

progress() { curl -s -u admin:demo "http://localhost:$port/api/v1/analytics/replay"; }
for run in $(seq "${REPLAYS:-1}"); do
  start=$(date +%s.%N)
  curl -s -o /dev/null -u admin:demo -X POST "http://localhost:$port/api/v1/analytics/replay"
  until progress | grep -q '"state":"done"'; do sleep 0.5; done
  end=$(date +%s.%N)
  events=$(progress | python3 -c "import json,sys; print(json.load(sys.stdin)['eventsTotal'])")
  python3 -c "s=$end-$start; print(f'replay $run ($db): {$events} events in {s:.1f} s, {$events/s:.0f} events/s')"
done
awk '/VmRSS|VmHWM/ {mib[$1] = int($2 / 1024)} END {printf "node resident memory: %d MiB now, %d MiB at its peak\n", mib["VmRSS:"], mib["VmHWM:"]}' \
  "/proc/$pid/status"
