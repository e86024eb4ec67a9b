#!/usr/bin/env bash
# Unpacks Postfix's smtp-sink (and the libraries it links) from Debian's postfix package into
# data/bench/postfix/, without installing or starting a mail server. `npm run bench` uses it for
# the digest figures when it is there (bench/smtp-sinks.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=data/bench/postfix
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod a+rwx "$work" # apt downloads as its own _apt user
(cd "$work" && apt-get download postfix >/dev/null)
rm -rf "$dest" && mkdir -p "$dest"
dpkg -x "$work"/postfix_*.deb "$dest"
links=$(LD_LIBRARY_PATH="$dest/usr/lib/postfix" ldd "$dest/usr/sbin/smtp-sink")
if grep -q "not found" <<<"$links"; then
  echo "smtp-sink needs libraries this machine lacks:" >&2
  echo "$links" >&2
  exit 1
fi
echo "smtp-sink unpacked to $dest/usr/sbin/smtp-sink"
