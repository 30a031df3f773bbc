#!/usr/bin/env bash
# Startup time and memory of the embedded default (H2 file database), run as the README says (bin/jvm.options, the
# extracted jar and its class-data archive) and as the single jar, each with a first start on an empty database (all
# migrations run, and the demo's provisioning) and a restart on the same database: with the demo profile, and as an
# installation runs it (the production profile, no demo).
# Prints: seconds until /actuator/health is UP, the demo's first registered inquiry, resident memory (RSS) and heap.
# Usage: bench/startup.sh            (builds the jar if it is missing; JAVA_OPTS are passed to java after the options)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/service/target/samspill.jar"
extracted="$root/service/target/extracted"
[ -f "$jar" ] && [ -f "$extracted/samspill.jsa" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
work=$(mktemp -d)
port=${PORT:-18080}
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export AXONIQ_UPDATE_CHECKER_DISABLED=true

run_once() {
  local label=$1 profile=$2; shift 2
  local started=$(date +%s%N)
  (cd "$work" && exec java @"$root/bin/jvm.options" ${JAVA_OPTS:-} "$@" --spring.profiles.active="$profile" \
    --server.port="$port" > "$work/$label.log" 2>&1) &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "$label: the application died; see its log:"; tail -20 "$work/$label.log"; exit 1; }
    sleep 0.1
  done
  local ready=$(date +%s%N)
  local first="   —" heap="   —"
  if [ "$profile" = demo ]; then
    # register one inquiry as the demo's case system
    local before_post=$(date +%s%N)
    curl -sf -o /dev/null -u io-sak:demo -H 'Content-Type: application/json' \
      -d '{"servicePoint":"mysen","channel":"in-person","service":"passport"}' \
      "http://localhost:$port/api/v1/municipalities/NO-3118/inquiries"
    first=$(( ($(date +%s%N) - before_post) / 1000000 ))
  fi
  heap=$(curl -sf -u "${SAMSPILL_ADMIN_USER:-admin}:${SAMSPILL_ADMIN_PASSWORD:-demo}" \
    "http://localhost:$port/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%.0f", sum / 1048576}')
  printf '%-34s ready %5.1f s   first inquiry %4s ms   RSS %4d MiB   heap used %4s MiB\n' "$label" \
    "$(echo "($ready - $started) / 1000000000" | bc -l)" "$first" "$(( $(ps -o rss= -p "$pid") / 1024 ))" "$heap"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "java: $(java -version 2>&1 | head -1); bin/jvm.options, JAVA_OPTS=${JAVA_OPTS:-(none)}; cores: $(nproc)"
archive=(-XX:SharedArchiveFile="$extracted/samspill.jsa" -jar "$extracted/samspill.jar")
run_once "demo, archive: first start" demo "${archive[@]}"
run_once "demo, archive: restart" demo "${archive[@]}"
rm -rf "$work"/data "$work"/erasures
run_once "demo, single jar: first start" demo -jar "$jar"
run_once "demo, single jar: restart" demo -jar "$jar"
# The embedded default as an installation runs it: no demo, the production profile's checks satisfied
rm -rf "$work"/data "$work"/erasures
mkdir -p "$work/erasures"
export SAMSPILL_PERSONAL_DATA_MASTER_KEY=$(openssl rand -base64 32) SAMSPILL_PERSONAL_DATA_ERASURE_LEDGER="$work/erasures" \
  SAMSPILL_ADMIN_USER=it-admin SAMSPILL_ADMIN_PASSWORD='Startup-Bench-1!'
run_once "production, archive: first start" production "${archive[@]}"
run_once "production, archive: restart" production "${archive[@]}"
