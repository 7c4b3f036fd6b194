#!/usr/bin/env bash
# Probe evidence benchmark (issue 4), on a PostgreSQL cluster the benchmark starts and removes itself:
#   1. bytes per node-year of evidence (intervals, daily rollups with their hours, 35 days of raw samples) for
#      SIZE_NODES synthetic nodes probed every 60 s for a year through the real domain code, against
#      a row per probe forever, measured for real;
#   2. a year's uptime for UPTIME_NODES nodes: one GetUptimeAsync per node, and one batch call.
# Prints the results as Markdown tables; the figures go in docs/benchmarks.md by hand.
#   etc/scripts/bench-evidence.sh [SIZE_NODES=20] [UPTIME_NODES=1000] [WARM_RUNS=5]
# Needs the Debian package postgresql (etc/scripts/test.sh installs it) and the .NET SDK.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet build -c Release test/VendorManager.Benchmarks -clp:ErrorsOnly -nologo
dotnet run -c Release --no-build --project test/VendorManager.Benchmarks -- evidence "${1:-20}" "${2:-1000}" "${3:-5}"
