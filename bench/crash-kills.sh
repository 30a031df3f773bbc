#!/usr/bin/env bash
# The long crash scenario. postgres (default): two nodes of the packaged jar on one embedded PostgreSQL 17, under
# constant load from four callers, one node killed with SIGKILL (and restarted) KILLS times, alternating. h2: the
# embedded default, one node on an H2 file, three callers, killed KILLS times at random moments (KilledOnH2IT).
# Then every inquiry that was answered 201 must exist exactly once, with its events and its process instance.
# Prints "<kills> kills: <n> inquiries accepted, <m> requests refused or cut off, none lost".
# Usage: bench/crash-kills.sh [KILLS] [postgres|h2]   (default 20 postgres; the test command runs 3 of each)
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS="${1:-20}"
case "${2:-postgres}" in
  postgres) TEST=SeveralNodesOnPostgresIT ;;
  h2) TEST=KilledOnH2IT ;;
  *) echo "usage: $0 [KILLS] [postgres|h2]" >&2; exit 2 ;;
esac
./mvnw -B -q install -DskipTests
./mvnw -B -pl service verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test="$TEST" -Dsamspill.crash.kills="$KILLS" | grep -E "kills:|Tests run:|BUILD"
