#!/usr/bin/env bash
# Throwaway PostgreSQL for tests: a fresh data directory, trust auth, listening
# on 127.0.0.1 on a free port. Nothing is kept.
#
#   eval "$(scripts/postgres-test-server.sh start)"   # exports the two vars below
#   scripts/postgres-test-server.sh stop [DATADIR]    # default: $ANIBASE_TEST_PGDATA
#
# `start` prints to stdout:
#   export ANIBASE_TEST_POSTGRES='Host=127.0.0.1;Port=N;Username=postgres;Password=unused;Database=postgres'
#   export ANIBASE_TEST_PGDATA='/tmp/anibase-pg.XXXXXX'
# ANIBASE_PG_DURABLE=1 keeps PostgreSQL's default durability (fsync, synchronous commits), as the
# benchmarks want; tests turn it off for speed.
set -euo pipefail

bin="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
[ -x "$bin/initdb" ] || { echo "postgres-test-server: PostgreSQL not installed (run scripts/install-test-deps.sh)" >&2; exit 1; }

# initdb/postgres refuse to run as root; the Debian package creates `postgres`.
# cd / so the postgres user is not left in a directory it cannot read.
as_pg() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local dir port
  dir="$(mktemp -d "${TMPDIR:-/tmp}/anibase-pg.XXXXXX")"
  touch "$dir/.anibase-test-server"   # marks the dir as ours, so `stop` may delete it
  mkdir "$dir/data"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }

  # A free port can be taken between the check and the start: try a few.
  for _ in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" && continue
    # Durability is pointless for a throwaway database; speed up the tests.
    local speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${ANIBASE_PG_DURABLE:-0}" = 1 ] && speed=""
    if as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 -s start \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=300 $speed" >&2; then
      echo "export ANIBASE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Password=unused;Database=postgres'"
      echo "export ANIBASE_TEST_PGDATA='$dir'"
      echo "postgres-test-server: PostgreSQL $("$bin/postgres" -V | awk '{print $3}') on 127.0.0.1:$port, dir $dir" >&2
      return 0
    fi
  done
  cat "$dir/server.log" >&2
  rm -rf "$dir"
  exit 1
}

stop() {
  local dir="${1:-${ANIBASE_TEST_PGDATA:-}}"
  if [ -z "$dir" ] || [ ! -f "$dir/.anibase-test-server" ]; then
    echo "postgres-test-server: not a test server dir: '$dir'" >&2; exit 1
  fi
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w -s stop >&2 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop [DATADIR]" >&2; exit 2 ;;
esac
