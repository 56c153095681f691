#!/usr/bin/env bash
# The installer (#10): builds the .deb packages with CPack, unpacks them with `dpkg -x` into a
# temporary root (no root rights, nothing installed on the machine), and runs Tessera from there:
# --version, models, plugins, and a one-frame generation, with the build tree out of reach. Also
# checks the desktop integration files and that no build-tree path is baked into the binaries.
# Usage: check_package.sh BUILD_DIR WORK_DIR
set -uo pipefail
B="$(cd "$1" && pwd)"; W="$2"
rm -rf "$W"; mkdir -p "$W"
fail=0
ok() { echo "ok: $*"; }
bad() { echo "FAIL: $*"; fail=1; }
(cd "$B" && cpack -G DEB >"$W/cpack.log" 2>&1) || { cat "$W/cpack.log"; echo "FAIL: cpack"; exit 1; }
root="$W/root"
for deb in "$B"/packages/tessera_*_amd64.deb "$B"/packages/tessera-libtorch_*_amd64.deb; do
  [ -f "$deb" ] || { bad "missing $deb"; continue; }
  dpkg -x "$deb" "$root" && ok "unpacked $(basename "$deb") ($(du -h "$deb" | cut -f1))"
done
deps=$(dpkg-deb -f "$B"/packages/tessera_*_amd64.deb Depends)
for d in tessera-libtorch libqt6widgets6 libavformat59 libopenimageio2.4 libsqlite3-0 libsentencepiece0 qt6-qpa-plugins; do
  [[ "$deps" == *"$d"* ]] || bad "Depends lacks $d: $deps"
done
T="$root/usr/bin/tessera"
# Run from a folder outside the build tree, with the build tree's libraries out of the search path.
cd "$W"
export HOME="$W/home" XDG_DATA_HOME="$W/home/data" XDG_CONFIG_HOME="$W/home/config"
unset LD_LIBRARY_PATH
env -i HOME="$HOME" PATH=/usr/bin:/bin "$T" --version | grep -q "^tessera 0" && ok "tessera --version from the unpacked root" || bad "--version"
readelf -d "$T" | grep -E "RUNPATH|RPATH" | grep -q '\$ORIGIN/../lib/tessera/libtorch/torch/lib' && ok "RUNPATH is relative" || bad "RUNPATH: $(readelf -d "$T" | grep -i path)"
readelf -d "$T" | grep -E "RUNPATH|RPATH" | grep -q "$B\|site-packages" && bad "a build-tree path in RUNPATH"
ldd "$T" | grep -q "not found" && bad "unresolved libraries: $(ldd "$T" | grep 'not found')"
ldd "$T" | grep -q "site-packages" && bad "a library comes from the build machine's venv"
"$T" plugins list | grep -q "org.tessera.examples.film-grain .*enabled" && ok "plugins found in lib/tessera/plugins" || bad "plugins list"
"$T" plugins enhance org.tessera.examples.style-expander "a ball" | grep -q "a ball, cinematic" && ok "a plugin runs through the installed helper" || bad "plugin call"
# The shipped default model is installed in share/tessera/models, found there, and generates with
# no --model; a bundle the user adds beside it is found too.
"$T" models | grep -q "^tessera-shapes .*$root/usr/share/tessera/models/tessera-shapes" \
  && ok "tessera-shapes found in share/tessera/models" || bad "models: $("$T" models)"
TESSERA_THREADS=1 "$T" generate --prompt "a red ball bouncing on a white background" --frames 5 --steps 4 \
  --out "$W/ball.mp4" --json >"$W/generate.log" 2>&1 && [ -s "$W/ball.mp4" ] && grep -q "\"name\": \"tessera-shapes\"" "$W/generate.log" \
  && ok "generation with the installed default model" || bad "generation: $(tail -3 "$W/generate.log")"
"$T" dev random-bundle "$root/usr/share/tessera/models/installed-test" >/dev/null 2>&1
"$T" models | grep -q "installed-test .*$root/usr/share/tessera/models/installed-test" && ok "models found in share/tessera/models" || bad "models: $("$T" models)"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.tessera.Studio.metainfo.xml" >/dev/null && ok "metainfo validates" || bad "appstreamcli validate"
grep -q "^MimeType=application/x-tessera-project;" "$root/usr/share/applications/org.tessera.Studio.desktop" && ok "desktop file opens projects" || bad "desktop file"
grep -q 'glob pattern="project.tessera"' "$root/usr/share/mime/packages/org.tessera.Studio.xml" && ok "MIME type for project files" || bad "mime"
[ -s "$root/usr/share/icons/hicolor/scalable/apps/org.tessera.Studio.svg" ] && ok "icon" || bad "icon"
# The unpacked root and CPack's staging copy are gigabytes of LibTorch: free the disk.
[ $fail -eq 0 ] && rm -rf "$root"
rm -rf "$B/packages/_CPack_Packages"
exit $fail
