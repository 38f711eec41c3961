#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 for the store tests and print
#   export SITREP_TEST_PG_URL=postgresql://sitrep:...@127.0.0.1:PORT/sitrep_test
# on standard output (logs go to stderr). Use:  eval "$(bash .ci/postgres.sh)"
# Idempotent: installs Debian's postgresql only when missing, reuses a running server.
# Runs as root on a fresh Debian machine; the server itself runs as the postgres user.
set -euo pipefail

DATA=${SITREP_PG_DATA:-/var/lib/postgresql/sitrep-test}
SOCK=/tmp/sitrep-pg
USER_NAME=sitrep
PASSWORD=sitrep-test-pw
DB=sitrep_test
log() { echo "postgres.sh: $*" >&2; }

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

BIN=$(pg_bin || true)
if [ -z "$BIN" ]; then
    log "installing postgresql (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BIN=$(pg_bin)
fi

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

port_free() {
    python3 - "$1" <<'PY'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
PY
}

mkdir -p "$SOCK" "$(dirname "$DATA")"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$SOCK" "$(dirname "$DATA")"; fi

if [ ! -s "$DATA/PG_VERSION" ]; then
    log "creating a cluster in $DATA"
    pwfile=$(mktemp)
    echo "$PASSWORD" >"$pwfile"
    if [ "$(id -u)" = 0 ]; then chown postgres "$pwfile"; fi
    as_pg "$BIN/initdb" -D "$DATA" -U postgres -A scram-sha-256 --pwfile="$pwfile" -E UTF8 >&2
    rm -f "$pwfile"
fi

if as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    PORT=$(sed -n 4p "$DATA/postmaster.pid")
    log "server already running on port $PORT"
else
    PORT=5432
    while ! port_free "$PORT"; do PORT=$((PORT + 1)); done
    log "starting the server on 127.0.0.1:$PORT"
    as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $SOCK -c fsync=off" start >&2
fi

export PGPASSWORD=$PASSWORD
psql_admin() { "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$USER_NAME'")" != 1 ]; then
    psql_admin -c "CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    psql_admin -c "CREATE DATABASE $DB OWNER $USER_NAME" >&2
fi

URL="postgresql://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$DB"
export SITREP_TEST_PG_URL=$URL
echo "export SITREP_TEST_PG_URL=$URL"
