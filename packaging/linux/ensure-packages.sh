#!/bin/sh
# Install the Debian packages named on the command line that are missing.
#
#   packaging/linux/ensure-packages.sh libgl1 fonts-dejavu-core ...
#
# As root with apt-get, the missing ones are installed; otherwise they are named
# and the caller goes on (a developer without root may have other ways to get them).
set -eu
command -v dpkg >/dev/null 2>&1 || { echo "packages: not a Debian-like system; make sure these are installed: $*" >&2; exit 0; }
missing=
for pkg in "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
[ -n "$missing" ] || exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "packages: installing$missing"
  apt-get update -qq
  # shellcheck disable=SC2086 # one word a package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "packages: missing$missing (not root, so not installing)" >&2
fi
