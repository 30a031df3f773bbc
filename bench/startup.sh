#!/usr/bin/env bash
# Startup time and memory of the embedded default (H2 file database), run as the README says (bin/samspill: the java
# that made the class data, bin/jvm.options, the extracted jar and that class data, named by class-data.options) and as
# the single jar, each with a first start on an empty database (all migrations run, and the demo's provisioning) and a
# restart on the same database: with the demo profile, and as an installation runs it (the production profile, no demo).
# The build makes the class data with the newest java installed (bin/newest-java: an AOT cache on Java 25 or newer,
# else a class-data archive); where the PATH's java is another version (or OTHER_JAVA_HOME names a JDK), that one runs
# too, from class data it makes for itself in a scratch directory.
# Last, the Camunda a municipality would otherwise run: secured bare Camunda (BareCamundaBaseline, the benchmark's
# baseline, from the test classes with the same JVM options) on an H2 file database, ready when engine-rest answers,
# on each of those javas.
# Each form runs RUNS times (3; the machines here vary by a second between runs): the median and the spread are printed.
# Prints: seconds until /actuator/health is UP, the demo's first registered inquiry (median), the highest resident
# memory (RSS) and heap in use at ready.
# Usage: bench/startup.sh            (builds the jar if it is missing; JAVA_OPTS are passed to java after the options)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/service/target/samspill.jar"
extracted="$root/service/target/extracted"
[ -f "$jar" ] && [ -f "$extracted/java" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
work=$(mktemp -d)
port=${PORT:-18080}
runs=${RUNS:-3}
trap 'kill "${pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export AXONIQ_UPDATE_CHECKER_DISABLED=true

# One start: prints "<seconds to ready> <first inquiry ms> <RSS MiB> <heap MiB>"
start_once() {
  local java=$1 profile=$2 label=$3; shift 3
  local started=$(date +%s%N)
  (cd "$work" && exec "$java" @"$root/bin/jvm.options" ${JAVA_OPTS:-} "$@" --spring.profiles.active="$profile" \
    --server.port="$port" > "$work/$label.log" 2>&1) &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "$label: the application died; see its log:" >&2; tail -20 "$work/$label.log" >&2; exit 1; }
    sleep 0.05
  done
  local ready=$(date +%s%N)
  local first="—"
  if [ "$profile" = demo ]; then
    # register one inquiry as the demo's case system
    local before_post=$(date +%s%N)
    curl -sf -o /dev/null -u io-sak:demo -H 'Content-Type: application/json' \
      -d '{"servicePoint":"mysen","channel":"in-person","service":"passport"}' \
      "http://localhost:$port/api/v1/municipalities/NO-3118/inquiries"
    first=$(( ($(date +%s%N) - before_post) / 1000000 ))
  fi
  local heap=$(curl -sf -u "${SAMSPILL_ADMIN_USER:-admin}:${SAMSPILL_ADMIN_PASSWORD:-demo}" \
    "http://localhost:$port/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%.0f", sum / 1048576}')
  echo "$(echo "scale=1; ($ready - $started) / 1000000000" | bc -l) $first $(( $(ps -o rss= -p "$pid") / 1024 )) $heap"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# RUNS first starts on an empty database, each followed by a restart on it; one line for each of the two
median() { sort -n | awk '{v[NR] = $1} END {printf "%5.1f s (%.1f–%.1f)", v[int((NR + 1) / 2)], v[1], v[NR]}'; }
form() {
  local java=$1 profile=$2 label=$3 start; shift 3
  : > "$work/first" ; : > "$work/restart"
  for _ in $(seq "$runs"); do
    rm -rf "$work"/data "$work"/erasures
    if [ "$profile" = production ]; then mkdir -p "$work/erasures"; fi
    start_once "$java" "$profile" "$label" "$@" >> "$work/first"
    start_once "$java" "$profile" "$label" "$@" >> "$work/restart"
  done
  for start in first restart; do
    printf '%-44s ready %s   first inquiry %4s ms   RSS %4s MiB   heap used %4s MiB\n' "$label, $start" \
      "$(cut -d' ' -f1 "$work/$start" | median)" \
      "$(sort -n -k2 "$work/$start" | awk '{v[NR] = $2} END {print v[int((NR + 1) / 2)]}')" \
      "$(cut -d' ' -f3 "$work/$start" | sort -n | tail -1)" "$(cut -d' ' -f4 "$work/$start" | sort -n | tail -1)"
  done
}

version_of() { SAMSPILL_JAVA="$1" bash "$root/bin/newest-java" | cut -d' ' -f1; }
# All forms on the java that made the class data in <directory>
all_forms() {
  local classdata=$1 java name kind
  java=$(cat "$classdata/java")
  name="Java $(version_of "$java")"
  kind=$(grep -q AOTCache "$classdata/class-data.options" && echo "AOT cache" || echo "class-data archive")
  local class_data=(@"$classdata/class-data.options" -jar "$classdata/samspill.jar")
  form "$java" demo "demo, $name, $kind" "${class_data[@]}"
  if [ "$classdata" = "$extracted" ]; then form "$java" demo "demo, $name, single jar" -jar "$jar"; fi
  # The embedded default as an installation runs it: no demo, the production profile's checks satisfied
  (export SAMSPILL_PERSONAL_DATA_MASTER_KEY=$(openssl rand -base64 32) \
     SAMSPILL_PERSONAL_DATA_ERASURE_LEDGER="$work/erasures" SAMSPILL_ADMIN_USER=it-admin \
     SAMSPILL_ADMIN_PASSWORD='Startup-Bench-1!'
   form "$java" production "production, $name, $kind" "${class_data[@]}")
}

echo "bin/jvm.options, JAVA_OPTS=${JAVA_OPTS:-(none)}; cores: $(nproc); $runs runs of each: median (fastest–slowest)"
all_forms "$extracted"
javas=("$(cat "$extracted/java")")
other=${OTHER_JAVA_HOME:+$OTHER_JAVA_HOME/bin/java}
if [ -z "$other" ] && [ "$(version_of java)" != "$(version_of "${javas[0]}")" ]; then other=$(command -v java || true); fi
if [ -n "$other" ]; then
  SAMSPILL_JAVA="$other" bash "$root/bin/class-data-archive" "$jar" "$work/other-java" > /dev/null
  all_forms "$work/other-java"
  javas+=("$(cat "$work/other-java/java")")
fi

# Secured bare Camunda, first start on an empty database and a restart, on each java above
(cd "$root" && ./mvnw -B -q -pl service -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/classpath" > /dev/null)
baseline_cp="$root/service/target/test-classes:$root/service/target/classes:$(cat "$work/classpath")"
bare_once() {
  local java=$1 started=$(date +%s%N)
  (cd "$work" && exec "$java" @"$root/bin/jvm.options" -cp "$baseline_cp" no.samspill.service.bench.BareCamundaBaseline \
    --baseline.secured=true --spring.datasource.url="jdbc:h2:file:$work/bare/db" --server.port="$port" \
    > "$work/bare.log" 2>&1) &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/engine-rest/engine")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "bare Camunda died; see its log:" >&2; tail -20 "$work/bare.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "scale=1; ($(date +%s%N) - $started) / 1000000000" | bc -l
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
for java in "${javas[@]}"; do
  : > "$work/first"; : > "$work/restart"
  for _ in $(seq "$runs"); do
    rm -rf "$work/bare"
    bare_once "$java" >> "$work/first"
    bare_once "$java" >> "$work/restart"
  done
  printf '%-44s ready %s\n' "secured bare Camunda, Java $(version_of "$java"), first" "$(median < "$work/first")" \
    "secured bare Camunda, Java $(version_of "$java"), restart" "$(median < "$work/restart")"
done
