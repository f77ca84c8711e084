#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests and prints the variables the tests read:
#
#   eval "$(.ci/start-postgres.sh)"                 # in .ci/run, before mvn test
#   .ci/start-postgres.sh --env-file target/pg.env  # or write them to a file, then: . target/pg.env
#   .ci/start-postgres.sh --stop                    # stop the server again (optional)
#
# Only the `export …` lines go to stdout; progress goes to stderr. Idempotent: a second run reuses the
# running server. On a Debian machine as root it installs the distribution's postgresql package when no
# server binaries are found (apt-get update first). The server gets its own data folder and port, so a
# system cluster on 5432 is left alone. Override with TRANSITION_PG_PORT / TRANSITION_PG_DATA.
set -euo pipefail

PORT="${TRANSITION_PG_PORT:-55432}"
DATA="${TRANSITION_PG_DATA:-/var/tmp/transition-advisor-pg}"
SOCKETS="$DATA.sockets"
LOG="$DATA.log"
DB_NAME=transition_test
DB_USER=transition_test
DB_PASSWORD=transition_test
ENV_FILE=""
STOP=false

while [ $# -gt 0 ]; do
  case "$1" in
    --env-file) ENV_FILE="${2:?--env-file needs a path}"; shift 2 ;;
    --stop) STOP=true; shift ;;
    *) echo "start-postgres.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

log() { echo "start-postgres: $*" >&2; }

find_bin_dir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

BIN="$(find_bin_dir)"
if [ -z "$BIN" ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    log "no PostgreSQL server binaries found, and cannot install them (needs root on Debian/Ubuntu)"
    exit 1
  fi
  log "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BIN="$(find_bin_dir)"
  [ -n "$BIN" ] || { log "postgresql installed but initdb not found"; exit 1; }
fi

# The server refuses to run as root: run it as the postgres user when we are root.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_owner() { runuser -u postgres -- "$@"; }
  OWNER=postgres
else
  as_owner() { "$@"; }
  OWNER="$(id -un)"
fi

if $STOP; then
  if [ -f "$DATA/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
  fi
  exit 0
fi

mkdir -p "$SOCKETS"
chown "$OWNER" "$SOCKETS"
if [ ! -f "$DATA/PG_VERSION" ]; then
  log "creating a cluster in $DATA"
  mkdir -p "$DATA"
  chown "$OWNER" "$DATA"
  chmod 700 "$DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >&2 || as_owner "$BIN/initdb" -D "$DATA" -U postgres \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --no-locale >&2
fi
touch "$LOG"
chown "$OWNER" "$LOG"

if as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "server already running in $DATA"
else
  log "starting PostgreSQL ($BIN) on 127.0.0.1:$PORT"
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k $SOCKETS -c max_connections=100 -c fsync=off" start >&2 || {
      log "the server did not start; last lines of $LOG:"; tail -n 20 "$LOG" >&2; exit 1; }
fi

psql_admin() { as_owner "$BIN/psql" -h "$SOCKETS" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != "1" ]; then
  psql_admin -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >&2
fi
log "ready: database $DB_NAME on 127.0.0.1:$PORT"

ENV_LINES="export TRANSITION_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$PORT/$DB_NAME
export TRANSITION_TEST_POSTGRES_USER=$DB_USER
export TRANSITION_TEST_POSTGRES_PASSWORD=$DB_PASSWORD"
if [ -n "$ENV_FILE" ]; then
  mkdir -p "$(dirname "$ENV_FILE")"
  echo "$ENV_LINES" > "$ENV_FILE"
fi
echo "$ENV_LINES"
