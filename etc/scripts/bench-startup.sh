#!/usr/bin/env bash
# Cold-start benchmark (issue: foundation): a fresh data folder to the first 200 from /health/ready
# and the first render of the vendor list, for the Release build output and for a ReadyToRun
# publish (the production deploy). Figures go in docs/benchmarks.md by hand.
#   etc/scripts/bench-startup.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
runs="${1:-5}"
dotnet build -c Release test/VendorManager.Benchmarks -clp:ErrorsOnly -nologo
dotnet publish src/VendorManager.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o artifacts/publish/web -clp:ErrorsOnly -nologo
dotnet run -c Release --no-build --project test/VendorManager.Benchmarks -- startup "$runs"
dotnet run -c Release --no-build --project test/VendorManager.Benchmarks -- startup "$runs" artifacts/publish/web
