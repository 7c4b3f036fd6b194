#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine: installs the Debian packages the tests need when
# they are missing (run as root, as CI does), builds, runs every test project and ends with the
# line "N passed, N failed". Exit code 0 only when everything built and passed.
#
#   etc/scripts/test.sh                 # everything
#   etc/scripts/test.sh Domain Web      # only the named test projects (VendorManager.<Name>.Tests)
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results="$root/artifacts/test-results"
configuration="${CONFIGURATION:-Release}"

fail_early() {
  echo "$1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

# --- Debian packages --------------------------------------------------------------------------
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
command -v runuser >/dev/null 2>&1 || missing+=(util-linux)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then fail_early "Missing Debian packages: ${missing[*]}. Run as root, or: sudo apt-get install ${missing[*]}"; fi
  echo "test.sh: installing ${missing[*]}"
  # No package may start a service on install: the tests start their own servers on free ports.
  policy_added=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; policy_added=1
  fi
  apt-get update -qq || fail_early "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" || fail_early "apt-get install ${missing[*]} failed"
  [ "$policy_added" = 1 ] && rm -f /usr/sbin/policy-rc.d
fi
bash etc/scripts/prepare-dicom-peers.sh || fail_early "Installing the DICOM test peers failed (etc/scripts/prepare-dicom-peers.sh)"

# --- Build ------------------------------------------------------------------------------------
dotnet tool restore >/dev/null || fail_early "dotnet tool restore failed"
if ! dotnet build VendorManager.sln -c "$configuration" -nologo -clp:ErrorsOnly; then
  fail_early "The build failed."
fi

# --- Tests ------------------------------------------------------------------------------------
rm -rf "$results"
mkdir -p "$results"
projects=()
if [ "$#" -gt 0 ]; then
  for name in "$@"; do projects+=("test/VendorManager.$name.Tests"); done
else
  for dir in test/*.Tests; do projects+=("$dir"); done
fi

status=0
for project in "${projects[@]}"; do
  name="$(basename "$project")"
  echo "=== $name"
  dotnet test "$project" -c "$configuration" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

passed=0
failed=0
found=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  found=$((found + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
# A project that crashed before writing its results counts as a failure.
missing_results=$(( ${#projects[@]} - found ))
[ "$missing_results" -gt 0 ] && failed=$((failed + missing_results))
[ "$failed" -gt 0 ] && status=1

echo "Test results (trx) and artifacts: artifacts/"
echo "$passed passed, $failed failed"
exit "$status"
