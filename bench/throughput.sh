#!/usr/bin/env bash
# Throughput and latency of the whole path, driven over loopback from a separate process (the Maven JVM) with an
# open-model load, for one node on H2, one on PostgreSQL and two on PostgreSQL (ThroughputBenchmark explains the
# method). Prints the rate steps and one RESULT line per setup and scenario.
# Usage: bench/throughput.sh [setups...]      default: h2 pg1 pg2; STEP_SECONDS (default 15) per rate step.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); nodes run with -Xmx512m"
for setup in "${@:-h2 pg1 pg2}"; do
  for one in $setup; do
    ./mvnw -B -q -pl service exec:java -Dexec.mainClass=no.samspill.service.bench.ThroughputBenchmark \
      -Dexec.classpathScope=test -Dexec.args="$one" -Dsamspill.jar=service/target/samspill.jar \
      -Dstep.seconds="${STEP_SECONDS:-15}" 2>&1 | grep -E "^  |^RESULT"
  done
done
