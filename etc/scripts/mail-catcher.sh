#!/usr/bin/env bash
# Developer mail catcher: runs smtp4dev (the Rnwood.Smtp4dev dotnet tool) so the app's e-mails (contract
# reminders, version changes) land in a local inbox instead of anyone's mailbox. Nothing is relayed.
#   etc/scripts/mail-catcher.sh [smtp-port=2525] [web-port=5081]
# Then start the app with the settings printed below and open the web inbox.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
smtp_port="${1:-2525}"
web_port="${2:-5081}"
tools="$root/.tools"
version=3.15.0

if [[ ! -x "$tools/smtp4dev" ]]; then
  echo "Installing smtp4dev $version into .tools/ (once)..."
  dotnet tool install --tool-path "$tools" Rnwood.Smtp4dev --version "$version" >/dev/null
fi

cat <<INFO
smtp4dev: SMTP on localhost:$smtp_port, inbox at http://localhost:$web_port (Ctrl+C stops it; mails are kept in memory only)
Start the app in another terminal with:
  Smtp__Host=localhost Smtp__Port=$smtp_port Smtp__Security=None Smtp__FromAddress=vendormanager@localhost \\
    dotnet run --project src/VendorManager.Web
INFO
# Loopback only, no IMAP/POP3, an in-memory database: a throw-away catcher, not a mail server.
exec "$tools/smtp4dev" --smtpport="$smtp_port" --urls="http://localhost:$web_port" --bindaddress=127.0.0.1 \
  --imapport="" --pop3port="" --db="" --hostname=localhost
