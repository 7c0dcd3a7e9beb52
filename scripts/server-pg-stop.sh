#!/usr/bin/env bash
# Stops the PostgreSQL that server-pg-start.sh started.
set -euo pipefail
PORT="${KIZUNA_PG_PORT:-55432}"
DIR="${KIZUNA_PG_DIR:-/tmp/kizuna-pg-$PORT}"
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
[ -s "$DIR/postmaster.pid" ] || exit 0
if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR" -m fast stop; else "$BIN/pg_ctl" -D "$DIR" -m fast stop; fi
