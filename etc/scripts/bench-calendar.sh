#!/usr/bin/env bash
# Calendar feed benchmark (issue 5): CONTRACTS contracts, the feed rendered through the real application
# service (first request, warm, after an edit, a day later), the calendar page's data, and Ical.Net alone
# with nothing reused; first on SQLite, then on a PostgreSQL cluster the benchmark starts and removes
# itself. Prints Markdown tables; the figures go in docs/benchmarks.md by hand.
#   etc/scripts/bench-calendar.sh [CONTRACTS=10000] [WARM_RUNS=5]
# Needs the Debian package postgresql (etc/scripts/test.sh installs it) and the .NET SDK.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet build -c Release test/VendorManager.Benchmarks -clp:ErrorsOnly -nologo
dotnet run -c Release --no-build --project test/VendorManager.Benchmarks -- calendar "${1:-10000}" "${2:-5}"
