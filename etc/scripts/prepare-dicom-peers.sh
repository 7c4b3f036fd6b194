#!/usr/bin/env bash
# Installs what the DICOM tests need, only when it is missing, so running it again costs nothing:
#   dcmtk (storescp, dcmqrscp, storescu, dump2dcm, echoscu), orthanc, nodejs + npm,
#   and the dcmjs-dimse peer's node_modules under test/VendorManager.Dicom.Tests/peers.
# Run as root (the test command does). The tests start every peer themselves on high ports.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
peers="$here/test/VendorManager.Dicom.Tests/peers"
export DEBIAN_FRONTEND=noninteractive

missing=()
need() { # need BINARY PACKAGE
  if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$1" ]; then
    missing+=("$2")
  fi
}
need storescp dcmtk
need dcmqrscp dcmtk
need storescu dcmtk
need dump2dcm dcmtk
need echoscu dcmtk
need Orthanc orthanc
need node nodejs
need npm npm

if [ "${#missing[@]}" -gt 0 ]; then
  mapfile -t packages < <(printf '%s\n' "${missing[@]}" | sort -u)
  echo "prepare-dicom-peers: installing ${packages[*]}"
  # Debian's orthanc package must not start a service on install: tests start their own instances.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get update
  apt-get install -y --no-install-recommends "${packages[@]}"
fi

# If a packaged Orthanc service is running anyway (systemd machines), stop it: its fixed ports are
# not ours and it would only compete for CPU. The tests never use it.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet orthanc 2>/dev/null; then
  systemctl stop orthanc || true
  systemctl disable orthanc || true
fi

if [ ! -d "$peers/node_modules/dcmjs-dimse" ]; then
  echo "prepare-dicom-peers: installing dcmjs-dimse for the node peer"
  # The exact version is pinned in package.json; no lock file is written, so none names a registry host.
  (cd "$peers" && npm install --no-package-lock --no-audit --no-fund --loglevel=error)
fi

echo "prepare-dicom-peers: dcmtk, orthanc, node and dcmjs-dimse are ready"
