#!/usr/bin/env bash
# Startup time and memory of the embedded default (H2 file database, demo profile), run as the README says
# (bin/jvm.options, the extracted jar and its class-data archive) and as the single jar, each with a first start on an
# empty database (all migrations and the demo's provisioning run) and a restart on the same database.
# Prints: seconds until /actuator/health is UP, resident memory (RSS) and heap in use after one registered inquiry.
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
  local label=$1; shift
  local started=$(date +%s%N)
  (cd "$work" && exec java @"$root/bin/jvm.options" ${JAVA_OPTS:-} "$@" --spring.profiles.active=demo \
    --server.port="$port" > "$work/$label.log" 2>&1) &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "$label: the application died; see its log:"; tail -20 "$work/$label.log"; exit 1; }
    sleep 0.1
  done
  local ready=$(date +%s%N)
  # wait for the demo setup, then register one inquiry
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -u io-sak:demo "http://localhost:$port/api/v1/municipalities/NO-3118/inquiries/none")" = 404 ]; do sleep 0.5; done
  local before_post=$(date +%s%N)
  curl -sf -o /dev/null -u io-sak:demo -H 'Content-Type: application/json' \
    -d '{"servicePoint":"mysen","channel":"in-person","service":"passport"}' \
    "http://localhost:$port/api/v1/municipalities/NO-3118/inquiries"
  local after_post=$(date +%s%N)
  local rss_kb=$(ps -o rss= -p "$pid")
  local heap=$(curl -sf "http://localhost:$port/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%.0f", sum / 1048576}')
  printf '%-24s ready %5.1f s   first inquiry %4d ms   RSS %4d MiB   heap used %4d MiB\n' "$label" \
    "$(echo "($ready - $started) / 1000000000" | bc -l)" "$(( (after_post - before_post) / 1000000 ))" \
    "$(( rss_kb / 1024 ))" "$heap"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "java: $(java -version 2>&1 | head -1); bin/jvm.options, JAVA_OPTS=${JAVA_OPTS:-(none)}; cores: $(nproc)"
archive=(-XX:SharedArchiveFile="$extracted/samspill.jsa" -jar "$extracted/samspill.jar")
run_once "archive: first start" "${archive[@]}"
run_once "archive: restart" "${archive[@]}"
rm -rf "$work"/data "$work"/erasures
run_once "single jar: first start" -jar "$jar"
run_once "single jar: restart" -jar "$jar"
