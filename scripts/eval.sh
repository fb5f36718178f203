#!/usr/bin/env bash
# Evaluation of the matching: builds the jar (unless SKIP_BUILD=1) and runs the evaluation command on a
# corpus and a query file (defaults: the development set in eval/). Prints nDCG@10, Recall@10 and MRR per
# query language, same-language, cross-lingual and overall; the last line is the overall figure.
#   scripts/eval.sh [CORPUS.json QUERIES.json] [extra --citypeers.* options]
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-eval/dev-practices.json}
QUERIES=${2:-eval/dev-queries.json}
shift $(( $# > 2 ? 2 : $# )) || true
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q package -DskipTests
fi
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! "$JAVA_BIN" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  JAVA_BIN=$(ls -d /usr/lib/jvm/temurin-2[5-9]*/bin/java /usr/lib/jvm/*2[1-9]*/bin/java 2>/dev/null | head -1)
fi
exec "$JAVA_BIN" -Xmx1g -jar target/citypeers-*.jar --citypeers.eval.corpus="$CORPUS" --citypeers.eval.queries="$QUERIES" "$@" 2>/dev/null
