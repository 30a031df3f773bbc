#!/usr/bin/env bash
# Two builds side by side: this working tree and another commit (or a jar), each as one node on the same embedded
# PostgreSQL, loaded in turn with the life scenario at one rate (BuildComparison explains why in turn). Prints each
# build's CPU per life (node, its request threads, PostgreSQL), commits and statements, and the ratio.
# Usage: bench/compare.sh <git-ref | path/to/other.jar>   e.g. bench/compare.sh HEAD~1
# STEP_SECONDS (default 30) per turn; BENCH_OPTS for -Dbench.fixed-rate=10 -Dbench.rounds=6.
set -euo pipefail
cd "$(dirname "$0")/.."
other="${1:?usage: bench/compare.sh <git-ref | path/to/other.jar>}"
if [ ! -f "$other" ]; then
  # build the other commit in a worktree of its own (package only: this tree's installed artifacts stay as they are)
  tree=$(mktemp -d /tmp/samspill-compare-XXXX)
  git worktree add --detach "$tree" "$other" > /dev/null
  (cd "$tree" && ./mvnw -B -q package -DskipTests)
  cp "$tree/service/target/samspill.jar" "$tree.jar"
  git worktree remove --force "$tree"
  other="$tree.jar"
  trap 'rm -f "$other"' EXIT
fi
./mvnw -B -q install -DskipTests
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); this tree against $1"
./mvnw -B -q -pl service exec:java -Dexec.mainClass=no.samspill.service.bench.BuildComparison \
  -Dexec.classpathScope=test -Dsamspill.jar=service/target/samspill.jar -Dbench.compare-jar="$other" \
  -Dstep.seconds="${STEP_SECONDS:-30}" ${BENCH_OPTS:-} 2>&1 | grep -E "^  |^RESULT"
