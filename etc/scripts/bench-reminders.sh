#!/usr/bin/env bash
# Contract reminder job benchmark (issue 5): CONTRACTS contracts on SQLite, then on a PostgreSQL cluster
# the benchmark starts and removes itself, each sending through an SMTP server inside the benchmark
# process. Times the first run (planning and sending apart), the hourly runs with nothing new due, and
# the next day's run. Prints Markdown tables; the figures go in docs/benchmarks.md by hand.
#   etc/scripts/bench-reminders.sh [CONTRACTS=10000] [STEADY_RUNS=5]
# Needs the Debian package postgresql (etc/scripts/test.sh installs it) and the .NET SDK.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet build -c Release test/VendorManager.Benchmarks -clp:ErrorsOnly -nologo
dotnet run -c Release --no-build --project test/VendorManager.Benchmarks -- reminders "${1:-10000}" "${2:-5}"
