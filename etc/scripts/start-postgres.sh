#!/usr/bin/env bash
# Developer helper: a throw-away PostgreSQL 15 in a folder of its own (default /tmp/vendormanager-pg)
# on port 55432, then the settings that point VendorManager at it. Stop it with:
#   etc/scripts/start-postgres.sh stop
set -euo pipefail
dir="${PGDEV_DIR:-/tmp/vendormanager-pg}"
port="${PGDEV_PORT:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$bin" ] || { echo "Install the Debian package 'postgresql' first." >&2; exit 1; }
as_pg=()
[ "$(id -u)" -eq 0 ] && as_pg=(runuser -u postgres --)

if [ "${1:-start}" = stop ]; then
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop
  exit 0
fi
if [ ! -d "$dir/data" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
  "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
fi
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/server.log" -w start
"${as_pg[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='vendormanager'" | grep -q 1 \
  || "${as_pg[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres vendormanager
cat <<TXT
PostgreSQL is running on 127.0.0.1:$port. Start VendorManager on it with:
  export Database__Provider=PostgreSql
  export ConnectionStrings__Default='Host=127.0.0.1;Port=$port;Database=vendormanager;Username=postgres'
  dotnet run --project src/VendorManager.DbMigrator && dotnet run --project src/VendorManager.Web
TXT
