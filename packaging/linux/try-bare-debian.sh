#!/usr/bin/env bash
# Try the README as a newcomer would, in a bare Debian 12 (python3 and git only): a root made
# with debootstrap, a user without root, the README's apt line, `make run` (the window must
# open on a virtual X screen) and `make test`, each timed. docs/fresh-machine.md says more.
#
#   packaging/linux/try-bare-debian.sh [--work DIR] [--fresh-base] [--keep]
#
# Needs root, debootstrap and the network to Debian's and PyPI's package servers. It tries the
# committed HEAD of this checkout (not uncommitted changes). The debootstrapped base is kept in
# WORK/base.tar.gz and reused unless --fresh-base; the root made from it is removed at the end
# unless --keep. Xvfb runs on this machine, outside the root, so that nothing it needs can hide
# a library the README forgot.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
work=/var/tmp/porchlight-bare-debian
mirror=http://deb.debian.org/debian
fresh_base=0 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work=$2; shift 2;;
    --fresh-base) fresh_base=1; shift;;
    --keep) keep=1; shift;;
    *) echo "usage: $0 [--work DIR] [--fresh-base] [--keep]" >&2; exit 2;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "try-bare-debian: needs root (debootstrap, chroot, mount)" >&2; exit 2; }
"$repo/packaging/linux/ensure-packages.sh" debootstrap xvfb x11-utils imagemagick

root=$work/root
home=/home/newcomer
logs=$work/logs
mkdir -p "$work" && rm -rf "$logs" && mkdir -p "$logs"
summary=$logs/summary.txt
: >"$summary"
say() { echo "$*" | tee -a "$summary"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }

# Never remove a root with the host's /dev still bound into it (a run that was killed).
unmount_root() {
  for m in "$root/dev" "$root/proc" "$root/sys"; do
    if mountpoint -q "$m"; then umount -R "$m" || umount -lR "$m"; fi
  done
}
xvfb_pid=
cleanup() {
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  unmount_root
  if [ "$keep" = 0 ] && [ -d "$root" ]; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT

# 1. The bare system: Debian 12, minimal, with python3 and git.
if [ "$fresh_base" = 1 ] || [ ! -f "$work/base.tar.gz" ]; then
  start=$(now)
  rm -rf --one-file-system "$work/base"
  debootstrap --variant=minbase --include=python3,git bookworm "$work/base" "$mirror" >"$logs/debootstrap.log" 2>&1
  tar -C "$work/base" -czf "$work/base.tar.gz" . && rm -rf "$work/base"
  say "debootstrap (minbase, python3, git): $(secs "$start" "$(now)") s"
else
  say "debootstrap: reused $work/base.tar.gz (--fresh-base to make it again)"
fi
unmount_root
rm -rf --one-file-system "$root" && mkdir -p "$root"
tar -C "$root" -xzf "$work/base.tar.gz"
mount -t proc proc "$root/proc"
mount -t sysfs sys "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
chroot "$root" useradd --create-home --shell /bin/bash newcomer
# Where this machine's pip must trust its own certificate authority (PIP_CERT), the root does too.
pip_cert=
if [ -n "${PIP_CERT:-}" ] && [ -f "$PIP_CERT" ]; then
  cp "$PIP_CERT" "$root/etc/host-ca.crt" && pip_cert=/etc/host-ca.crt
fi

git clone --quiet --no-hardlinks "$repo" "$root$home/porchlight"
git -C "$root$home/porchlight" checkout --quiet "$(git -C "$repo" rev-parse HEAD)"
chroot "$root" chown -R newcomer:newcomer "$home/porchlight"
say "checkout: $(git -C "$repo" log -1 --format='%h %s' | cut -c1-90)"

as_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
# The newcomer (uid 1000, the first user) in a login-like environment with no display.
as_newcomer() {
  chroot --userspec=1000:1000 "$root" env -i HOME=$home USER=newcomer LANG=C.UTF-8 \
    PATH=/usr/local/bin:/usr/bin:/bin ${pip_cert:+PIP_CERT=$pip_cert} "$@"
}
in_checkout() { as_newcomer bash -c 'cd ~/porchlight && eval "$1"' bash "$1"; }

# 2. Without the README's first step: make is missing, then the check names the rest in one line.
in_checkout 'make run' >"$logs/01-no-make.log" 2>&1 && exit_code=0 || exit_code=$?
say "make run, bare: exit $exit_code: $(tail -1 "$logs/01-no-make.log")"
as_root apt-get update -qq >"$logs/02-apt-update.log" 2>&1
as_root apt-get install -y -qq make >"$logs/03-apt-make.log" 2>&1
# What the old Makefile did here, and what left a venv without pip behind (issue 17).
in_checkout 'python3 -m venv .venv' >"$logs/04-half-venv.log" 2>&1 || true
in_checkout 'make run' >"$logs/05-make-run-missing.log" 2>&1 && exit_code=0 || exit_code=$?
say "make run, with make only: exit $exit_code: $(grep -v '^make: \*\*\*' "$logs/05-make-run-missing.log" | tail -1)"
if grep -q 'no working pip' "$logs/05-make-run-missing.log"; then
  say "make run: the venv python3 -m venv left without pip was noticed and removed"
fi

# 3. The README's "Before you start" line, word for word (less sudo: this is root).
apt_line=$(grep -m1 '^sudo apt install ' "$root$home/porchlight/README.md" | sed 's/^sudo apt install //')
start=$(now)
# shellcheck disable=SC2086 # one word a package
as_root apt-get install -y -qq --no-install-recommends $apt_line >"$logs/06-apt-readme.log" 2>&1
say "README's apt line: $(secs "$start" "$(now)") s ($(echo $apt_line | wc -w) packages named)"

# 4. make run: the venv (the half-made one is made again), the install, and the window.
screen=77
Xvfb ":$screen" -screen 0 1280x800x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1
start=$(now)
setsid chroot --userspec=1000:1000 "$root" env -i HOME=$home USER=newcomer LANG=C.UTF-8 \
  PATH=/usr/local/bin:/usr/bin:/bin ${pip_cert:+PIP_CERT=$pip_cert} DISPLAY=":$screen" \
  bash -c 'cd ~/porchlight && exec make run' >"$logs/07-make-run.log" 2>&1 &
run_pid=$!
window=
for _ in $(seq 1 900); do
  if DISPLAY=":$screen" xwininfo -root -tree 2>/dev/null | grep -qi '"porchlight"'; then window=yes; break; fi
  kill -0 "$run_pid" 2>/dev/null || break
  sleep 1
done
if [ -n "$window" ]; then
  say "make run, to the window on screen: $(secs "$start" "$(now)") s"
  sleep 5  # let the guide and the notes load before the picture
  DISPLAY=":$screen" import -window root "$logs/window.png" && say "window: $logs/window.png"
else
  say "make run: NO WINDOW (see $logs/07-make-run.log)"
fi
kill -- -"$run_pid" 2>/dev/null || true
wait "$run_pid" 2>/dev/null || true
say "venv for make run: $(du -sm "$root$home/porchlight/.venv" | cut -f1) MB"

# 5. What the launcher says without a display, and to a typo.
in_checkout '.venv/bin/porchlight' >"$logs/08-no-display.log" 2>&1 && exit_code=0 || exit_code=$?
say "porchlight, no display: exit $exit_code: $(cat "$logs/08-no-display.log")"
in_checkout '.venv/bin/porchlight impor README.md' >"$logs/09-typo.log" 2>&1 && exit_code=0 || exit_code=$?
say "porchlight impor README.md: exit $exit_code: $(cat "$logs/09-typo.log")"

# 6. make test, as CI runs it: no display.
start=$(now)
in_checkout 'make test PYTEST_ARGS="-q -p no:cacheprovider"' >"$logs/10-make-test.log" 2>&1 && exit_code=0 || exit_code=$?
say "make test: exit $exit_code in $(secs "$start" "$(now)") s: $(grep -E '(passed|failed)' "$logs/10-make-test.log" | tail -1)"
seed_skips=$(awk -F'[][]' '/^SKIPPED \[[0-9]+\].*seed-article.txt is not beside/ { n += $2 } END { print n + 0 }' \
  "$logs/10-make-test.log")
say "make test: $seed_skips tests skipped for want of shared/examples/seed-article.txt beside the clone"
say "venv after make test: $(du -sm "$root$home/porchlight/.venv" | cut -f1) MB"
echo "logs: $logs"
[ -n "$window" ] && [ "$exit_code" = 0 ]
