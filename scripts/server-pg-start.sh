#!/usr/bin/env bash
# Starts a throwaway PostgreSQL from Debian's packages for the store tests, on 127.0.0.1:$PORT,
# with role kizuna/kizuna and database kizuna_test. Does nothing when one already answers there.
# Works as root (runs the server as the postgres user) and as an ordinary user.
set -euo pipefail
PORT="${KIZUNA_PG_PORT:-55432}"
DIR="${KIZUNA_PG_DIR:-/tmp/kizuna-pg-$PORT}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$BIN" ] || { echo "server-pg-start: Debian's postgresql package is not installed" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then as_pg() { runuser -u postgres -- "$@"; }; else as_pg() { "$@"; }; fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then exit 0; fi
if [ ! -s "$DIR/PG_VERSION" ]; then
    rm -rf "$DIR" && mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    as_pg "$BIN/initdb" -D "$DIR" -A trust -U postgres >/dev/null
fi
as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
psql() { "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
[ "$(psql -c "SELECT 1 FROM pg_roles WHERE rolname = 'kizuna'")" = 1 ] ||
    psql -c "CREATE ROLE kizuna LOGIN PASSWORD 'kizuna'"
[ "$(psql -c "SELECT 1 FROM pg_database WHERE datname = 'kizuna_test'")" = 1 ] ||
    psql -c "CREATE DATABASE kizuna_test OWNER kizuna"
echo "PostgreSQL for the tests: postgres://kizuna:kizuna@127.0.0.1:$PORT/kizuna_test"
