#!/usr/bin/env bash
# CPU time of one evaluation of the routing decision (dmn/inquiry-routing.dmn) with Camunda's FEEL engine as it
# comes and with ParsedFeelExpressions (each expression parsed once), in one JVM, rounds taken in turn.
# Prints a RESULT line in microseconds per evaluation. Usage: bench/routing-decision.sh  (ROUNDS, default 6)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests -pl core,bpmn,workflows
./mvnw -B -q -pl workflows exec:java -Dexec.mainClass=no.samspill.workflows.routing.RoutingDecisionBenchmark \
  -Dexec.classpathScope=test -Drounds="${ROUNDS:-6}" 2>&1 | grep -E "^RESULT"
