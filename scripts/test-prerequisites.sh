#!/usr/bin/env bash
# What the tests need besides Java, made ready before the tests run (Maven calls this in the
# process-test-classes phase, so `./mvnw verify` alone is enough on a fresh Debian machine):
#   - Debian's Chromium for the Playwright journeys,
#   - the FreeDict dictionaries for the cross-lingual pivot (docs/adr/0013-dictionary-pivot.md),
#   - a running PostgreSQL at 127.0.0.1:5432 with a database `test` for the second test run.
# Installs with apt-get only as root or with password-less sudo; otherwise it says what is missing and the
# tests concerned skip with a warning. With CI=true anything missing fails the build here, loudly.
# Arguments: SKIP_TESTS SKIP_POSTGRES (Maven passes ${skipTests}${maven.test.skip} and ${citypeers.skipPostgres}).
set -uo pipefail

case "${1:-false}" in *true*) exit 0 ;; esac   # -DskipTests or -Dmaven.test.skip=true
skip_postgres="${2:-false}"
ci="${CI:-}"
missing=()

log() { printf '[prerequisites] %s\n' "$*"; }
can_root() { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
apt_updated=no
apt_install() {
  can_root && command -v apt-get >/dev/null 2>&1 || return 1
  if [ "$apt_updated" = no ]; then as_root apt-get update -qq >/dev/null || return 1; apt_updated=yes; fi
  log "installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# Chromium (Playwright drives Debian's build; its own browser download does not work here)
if ! command -v chromium >/dev/null 2>&1; then
  apt_install chromium || missing+=("chromium (apt-get install chromium): the browser journeys")
fi

# FreeDict dictionaries (GPL: installed, never committed)
DICTIONARIES="dict-freedict-pol-eng dict-freedict-lit-eng dict-freedict-slv-eng dict-freedict-deu-eng dict-freedict-swe-eng dict-freedict-fin-eng dict-freedict-dan-eng"
wanted=()
for p in $DICTIONARIES; do
  [ -e "/usr/share/dictd/${p#dict-}.index" ] || wanted+=("$p")
done
if [ ${#wanted[@]} -gt 0 ]; then
  apt_install "${wanted[@]}" || missing+=("${wanted[*]} (apt-get install): the dictionary pivot tests")
fi

# PostgreSQL for the second test run
if [ "$skip_postgres" != true ]; then
  pg_ready() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
  if command -v pg_isready >/dev/null 2>&1 && ! pg_ready && command -v pg_lsclusters >/dev/null 2>&1 && can_root; then
    for v in $(pg_lsclusters -h | awk '{print $1}'); do
      log "starting PostgreSQL $v"
      as_root pg_ctlcluster --skip-systemctl-redirect "$v" main start >/dev/null 2>&1 || true
    done
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  fi
  if [ -z "${CITYPEERS_TEST_PG_URL:-}" ]; then
    if command -v pg_isready >/dev/null 2>&1 && pg_ready; then
      psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname='test'" 2>/dev/null | grep -q 1 \
        || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database test" >/dev/null 2>&1 \
        || missing+=("the database 'test' on 127.0.0.1:5432 (create database test)")
    else
      missing+=("PostgreSQL at 127.0.0.1:5432 (or set CITYPEERS_TEST_PG_URL; -Dcitypeers.skipPostgres=true skips that run)")
    fi
  fi
fi

if [ ${#missing[@]} -eq 0 ]; then
  log "Chromium, dictionaries and PostgreSQL are ready"
  exit 0
fi
for m in "${missing[@]}"; do log "MISSING: $m"; done
if [ "$ci" = true ]; then
  log "CI=true: failing, because tests would not run without these"
  exit 1
fi
log "the tests that need them skip with a warning"
exit 0
