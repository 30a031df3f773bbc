#!/usr/bin/env bash
# Throughput and latency of the whole path, driven over loopback from a separate process (the Maven JVM) with an
# open-model load, for one node on H2, one on PostgreSQL and two on PostgreSQL, each beside two baselines on bare
# Camunda with the same BPMN — secured (authorization, tenants, Tasklist, HTTP Basic, history full) and open — and
# (PostgreSQL) pgbench on the same server (ThroughputBenchmark explains the method). Prints the rate steps, the most
# frequent SQL statements, the nodes at rest and RESULT lines; docs/benchmarks.md keeps the figures.
# Usage: bench/throughput.sh [setups...]      default: h2 pg1 pg2; STEP_SECONDS (default 15) per rate step;
# BENCH_OPTS for more, e.g. "-Dbench.rates=10,20 -Dbench.scenarios=life -Dbench.staff=engine-rest
#   -Dbench.node-settings=camunda.bpm.history-level=full -Dsamspill.node.jvm-options=-XX:StartFlightRecording=filename=/tmp/node.jfr"
# Four callers back to back, every request with HTTP Basic (as a new user tries it):
#   BENCH_OPTS="-Dbench.scenarios=life -Dbench.callers=4 -Dbench.auth=basic" bench/throughput.sh h2
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pgbench > /dev/null; then
  # Debian ships pgbench in the server package
  apt-get install -y --no-install-recommends postgresql-15 > /dev/null || { apt-get update && apt-get install -y --no-install-recommends postgresql-15 > /dev/null; }
fi
./mvnw -B -q install -DskipTests
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); nodes run with -Xmx512m"
for setup in "${@:-h2 pg1 pg2}"; do
  for one in $setup; do
    ./mvnw -B -q -pl service exec:java -Dexec.mainClass=no.samspill.service.bench.ThroughputBenchmark \
      -Dexec.classpathScope=test -Dexec.args="$one" -Dsamspill.jar=service/target/samspill.jar \
      -Dstep.seconds="${STEP_SECONDS:-15}" ${BENCH_OPTS:-} 2>&1 | grep -E "^  |^RESULT"
  done
done
