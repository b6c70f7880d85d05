#!/bin/sh
# Install Porchlight from this unpacked folder, so it appears in the applications menu.
#
#   ./install.sh                  for you alone: ~/.local (no password needed)
#   sudo ./install.sh             for everyone on this computer: /usr/local
#   ./install.sh --prefix DIR     somewhere else: DIR/lib, DIR/bin, DIR/share
#   ./install.sh --uninstall      take it away again (PREFIX/lib/porchlight/install.sh
#                                 --uninstall finds its own prefix)
#
# The program goes to PREFIX/lib/porchlight (this script with it, for --uninstall),
# a link to it to PREFIX/bin/porchlight, and the menu entry, icons and AppStream
# metadata under PREFIX/share. Installing over an earlier version replaces it whole,
# and only once the new copy is complete. Your library, notes and settings live
# elsewhere and are never touched.
set -eu

APP_ID=@APP_ID@
NAME=@NAME@

here=$(cd "$(dirname "$0")" && pwd)
prefix=
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,14s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$prefix" ]; then
  if [ "$action" = uninstall ] && [ "$(basename "$here")" = "$NAME" ] && [ "$(basename "$(dirname "$here")")" = lib ]; then
    prefix=$(dirname "$(dirname "$here")")   # run from an installed copy: its own prefix
  elif [ "$(id -u)" = 0 ]; then prefix=/usr/local
  else prefix=${HOME:?}/.local
  fi
fi
case "$prefix" in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
case "$prefix" in *[\"\`\$\\\|\&]*)
  echo "install.sh: choose a --prefix without quotes, \$, \\, | or & in it." >&2; exit 2 ;;
esac

app="$prefix/lib/$NAME"
bin="$prefix/bin/$NAME"
share="$prefix/share"

may_write() {
  [ "$action" = install ] && { mkdir -p "$prefix" 2>/dev/null || true; }
  [ -w "$prefix" ] && return 0
  echo "install.sh: you may not write to $prefix; run it with sudo, or choose another --prefix." >&2
  exit 1
}

refresh_menus() {
  # Menus and icon caches pick the change up at once where these tools exist.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" 2>/dev/null
  command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$share/icons/hicolor/index.theme" ] &&
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null
  return 0
}

if [ "$action" = uninstall ]; then
  [ -d "$app" ] || [ -e "$share/applications/$APP_ID.desktop" ] || {
    echo "Porchlight is not installed in $prefix."; exit 0; }
  may_write
  # The link only if it is ours: a porchlight installed another way stays.
  if [ -L "$bin" ] && [ "$(readlink "$bin")" = "$app/$NAME" ]; then rm -f "$bin"; fi
  rm -f "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
  rm -f "$share"/icons/hicolor/*/apps/"$APP_ID.png"
  rm -rf "$app"
  refresh_menus
  echo "Porchlight is uninstalled from $prefix. Your library and notes are still where they were."
  exit 0
fi

if [ ! -x "$here/$NAME" ] || [ ! -d "$here/_internal" ] || [ ! -d "$here/share" ]; then
  echo "install.sh: run this from the unpacked Porchlight folder (it holds $NAME, _internal and share)." >&2
  exit 1
fi
if [ "$here" = "$app" ]; then echo "install.sh: this folder is already the installed copy." >&2; exit 1; fi
may_write

mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo"
# Copy next to the old copy, then swap: an interrupted install leaves the old one working.
staging="$app.new.$$"
trap 'rm -rf "$staging"' EXIT INT TERM
cp -R "$here/." "$staging"
if [ -e "$app" ]; then mv "$app" "$app.old.$$"; fi
if ! mv "$staging" "$app"; then
  if [ -e "$app.old.$$" ]; then mv "$app.old.$$" "$app"; fi
  echo "install.sh: could not put the new copy in place; the installed one is unchanged." >&2
  exit 1
fi
rm -rf "$app.old.$$"
trap - EXIT INT TERM

ln -sfn "$app/$NAME" "$bin"
# The menu starts the program by its full path, so it works whether or not
# PREFIX/bin is on the PATH of the desktop session.
sed "s|^Exec=$NAME |Exec=\"$app/$NAME\" |" "$here/share/applications/$APP_ID.desktop" \
  > "$share/applications/$APP_ID.desktop.tmp"
mv "$share/applications/$APP_ID.desktop.tmp" "$share/applications/$APP_ID.desktop"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/"
for png in "$here"/share/icons/hicolor/*/apps/"$APP_ID.png"; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  mkdir -p "$share/icons/hicolor/$size/apps"
  cp "$png" "$share/icons/hicolor/$size/apps/"
done
refresh_menus

echo "Porchlight is installed in $app."
echo "Start it from your applications menu, or run: $bin"
echo "To uninstall: $app/install.sh --uninstall"
case ":${PATH:-}:" in *":$prefix/bin:"*) ;; *) echo "($prefix/bin is not on your PATH; the menu entry works all the same.)" ;; esac
