#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server, then stops it and deletes its files.
#   scripts/pg-throwaway.sh COMMAND [ARGS...]
# The server listens on 127.0.0.1 only, on a free port, with trust auth and fsync off (test
# data only). The command gets TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
# Exit status 3 (and a message) when the PostgreSQL binaries are not on this machine.
set -euo pipefail

bindir="${PG_BINDIR:-}"
if [ -z "$bindir" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir="$candidate"
  done
fi
if [ -z "$bindir" ] && command -v initdb >/dev/null; then bindir="$(dirname "$(command -v initdb)")"; fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL binaries not found (looked for /usr/lib/postgresql/*/bin/initdb)." >&2
  echo "  Install them with: sudo apt-get install postgresql" >&2
  exit 3
fi
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

# initdb refuses to run as root: run the server as the postgres user when we are root.
as_pg=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || { echo "root needs a 'postgres' user to run the server" >&2; exit 3; }
  as_pg=(runuser -u postgres --)
fi

dir="$(mktemp -d /tmp/pg-throwaway.XXXXXX)"
chmod 755 "$dir"
[ ${#as_pg[@]} -gt 0 ] && chown postgres "$dir"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

cleanup() {
  "${as_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

"${as_pg[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync >/dev/null
"${as_pg[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

export TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "Throwaway PostgreSQL ($("$bindir/postgres" --version | awk '{print $3}')): $TEST_DATABASE_URL"
status=0
"$@" || status=$?
exit $status
