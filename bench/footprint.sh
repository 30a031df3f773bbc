#!/usr/bin/env bash
# The whole service's memory and idle cost as the README's run command and the Docker image start it (bin/jvm.options,
# the extracted jar, its class data and the java that made it): one node on H2 (the embedded default) and one on PostgreSQL, each
# warmed up, then at 10 full lives a second for STEP_SECONDS (default 120). Prints, per setup, the node at rest before
# the load (its CPU, and its SQL statements per minute on PostgreSQL, over a minute) and its resident memory (now and
# peak) and heap in use after the load.
# Usage: bench/footprint.sh [h2|pg1 ...]      (default: h2 pg1)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
java=$(cat service/target/extracted/java)
echo "java: $("$java" -version 2>&1 | head -1); cores: $(nproc); options: $(grep -v '^#' bin/jvm.options | tr '\n' ' ')"
for setup in "${@:-h2 pg1}"; do
  ./mvnw -B -q -pl service exec:java -Dexec.mainClass=no.samspill.service.bench.ThroughputBenchmark \
    -Dexec.classpathScope=test -Dexec.args="$setup" -Dsamspill.jar=service/target/extracted/samspill.jar \
    -Dstep.seconds="${STEP_SECONDS:-120}" -Dbench.systems=samspill -Dbench.scenarios=life -Dbench.fixed-rate=10 \
    -Dbench.pgbench=false -Dbench.idle.seconds=60 -Dsamspill.node.java="$java" \
    "-Dsamspill.node.jvm-options=@$PWD/bin/jvm.options @$PWD/service/target/extracted/class-data.options" 2>&1 | grep -E "^  idle|^  most frequent|^    |^RESULT"
done
