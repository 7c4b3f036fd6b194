#!/usr/bin/env bash
# Regenerates database/vendormanager-postgresql.sql, the idempotent PostgreSQL script that hospital
# change control reviews and a DBA may run instead of DbMigrator. Run it after adding a migration.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
dotnet ef migrations script --idempotent \
  --project src/VendorManager.Migrations.PostgreSql --startup-project src/VendorManager.Migrations.PostgreSql \
  --context VendorManagerDbContext --output database/vendormanager-postgresql.sql
# The script must not change with the machine that generated it.
sed -i '1s/^\xEF\xBB\xBF//' database/vendormanager-postgresql.sql
echo "Wrote database/vendormanager-postgresql.sql"
