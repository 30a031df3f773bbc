#!/usr/bin/env bash
# The long crash scenario: two nodes of the packaged jar on one embedded PostgreSQL 17, under constant load from
# four callers, one node killed with SIGKILL (and restarted) KILLS times, alternating. Then every inquiry that was
# answered 201 must exist exactly once, with its events and its process instance, and the analytics must catch up.
# Prints "<kills> kills: <n> inquiries accepted, <m> requests refused or cut off, none lost".
# Usage: bench/crash-kills.sh [KILLS]   (default 20; the test command runs 3)
set -euo pipefail
cd "$(dirname "$0")/.."
KILLS="${1:-20}"
./mvnw -B -q install -DskipTests
./mvnw -B -pl service verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=SeveralNodesOnPostgresIT -Dsamspill.crash.kills="$KILLS" | grep -E "kills:|Tests run:|BUILD"
