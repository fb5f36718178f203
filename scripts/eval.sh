#!/usr/bin/env bash
# Evaluation of the matching: builds the jar (unless SKIP_BUILD=1) and runs the evaluation command on a
# corpus and a query file (defaults: the development set in eval/). Prints nDCG@10, Recall@10 and MRR per
# query language, same-language, cross-lingual and overall; the last line is the overall figure.
#   scripts/eval.sh [dev|heldout|heldout2|heldout3 | CORPUS.json QUERIES.json] [extra --citypeers.* options]
# "dev" (the default) is eval/dev-*.json, written together with the glossary; "heldout" is eval/heldout-*.json,
# written blind to the search code and resources, and "heldout2" is eval/heldout2-*.json, a second blind set
# (see docs/evaluation.md).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-dev}" in
  dev|heldout|heldout2|heldout3)
    CORPUS=eval/${1:-dev}-practices.json
    QUERIES=eval/${1:-dev}-queries.json
    shift $(( $# > 0 ? 1 : 0 )) ;;
  --*)
    CORPUS=eval/dev-practices.json
    QUERIES=eval/dev-queries.json ;;
  *)
    CORPUS=$1
    QUERIES=${2:?usage: scripts/eval.sh [dev|heldout|heldout2|heldout3 | CORPUS.json QUERIES.json] [--citypeers.* options]}
    shift 2 ;;
esac
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
exec "$JAVA_BIN" -Xmx1g -jar target/citypeers-*.jar --citypeers.eval.corpus="$CORPUS" --citypeers.eval.queries="$QUERIES" "$@" 2>/dev/null
