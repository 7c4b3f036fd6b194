#!/usr/bin/env bash
# Contract list benchmark (issue 5): CONTRACTS contracts through the real application service, first on
# SQLite, then on a PostgreSQL cluster the benchmark starts and removes itself. Times warm list requests
# (first page, status, notice deadline within 30 days, text, a late page) and the first request after
# the clock moves a day and a year (expired listings refreshed first). Prints Markdown tables; the
# figures go in docs/benchmarks.md by hand.
#   etc/scripts/bench-contracts.sh [CONTRACTS=10000] [WARM_RUNS=5]
# Needs the Debian package postgresql (etc/scripts/test.sh installs it) and the .NET SDK.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet build -c Release test/VendorManager.Benchmarks -clp:ErrorsOnly -nologo
dotnet run -c Release --no-build --project test/VendorManager.Benchmarks -- contracts "${1:-10000}" "${2:-5}"
