#!/usr/bin/env bash
# Benchmark of the index: builds the jar (unless SKIP_BUILD=1), indexes a synthetic library of N practices
# (default 100000) and prints index throughput, p50/p95/p99 of search and match, and the heap used.
#   scripts/benchmark.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q package -DskipTests
fi
# the dictionary pivot reads FreeDict's xxx-eng dictionaries (apt-get install dict-freedict-pol-eng ...; see README)
DICTS=$(ls /usr/share/dictd/freedict-*-eng.index 2>/dev/null | sed 's|.*/freedict-||; s|\.index||' | tr '\n' ' ')
echo "FreeDict dictionaries in /usr/share/dictd: ${DICTS:-none (pivot run off)}" >&2
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! "$JAVA_BIN" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  JAVA_BIN=$(ls -d /usr/lib/jvm/temurin-2[5-9]*/bin/java /usr/lib/jvm/*2[1-9]*/bin/java 2>/dev/null | head -1)
fi
exec "$JAVA_BIN" -Xmx1g -jar target/citypeers-*.jar --citypeers.benchmark="$N" 2>/dev/null
