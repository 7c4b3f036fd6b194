#!/usr/bin/env bash
# Poller benchmark (issue 4): the app in its own process on a PostgreSQL of its own, probing N nodes
# every 60 s (real storescp peers on many loopback addresses, plus silent nodes that never answer).
# Prints the app's and PostgreSQL's CPU over a steady window and whether every slot was probed on time.
#   etc/scripts/bench-poller.sh [nodes=2000] [silent-nodes=20] [minutes=3] [storescp-peers=20]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
bash etc/scripts/prepare-dicom-peers.sh >/dev/null
dotnet build -c Release test/VendorManager.Benchmarks -clp:ErrorsOnly -nologo
dotnet run -c Release --no-build --project test/VendorManager.Benchmarks -- poller "${1:-2000}" "${2:-20}" "${3:-3}" "${4:-20}"
