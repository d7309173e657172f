#!/usr/bin/env bash
# Re-create static/vendor/ from the npm registry (pinned versions). The result is committed, so the
# dashboard needs neither npm nor the internet at run time; run this only to upgrade or to verify.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$here/vendor"
rm -rf "$out"; mkdir -p "$out"
fetch() {  # fetch PACKAGE@VERSION DEST_DIR FILE...   (FILE relative to the package root)
  local spec=$1 dest=$2; shift 2
  (cd "$work" && npm pack -q "$spec" >/dev/null)
  local tgz; tgz=$(ls -t "$work"/*.tgz | head -1)
  mkdir -p "$work/x" && rm -rf "$work/x/package" && tar xzf "$tgz" -C "$work/x" && rm "$tgz"
  mkdir -p "$out/$dest"
  for f in "$@"; do mkdir -p "$out/$dest/$(dirname "$f")"; cp -r "$work/x/package/$f" "$out/$dest/$f"; done
}
fetch leaflet@1.9.3 leaflet dist/leaflet.js dist/leaflet.css dist/images LICENSE
fetch jquery@3.7.1 jquery dist/jquery.min.js LICENSE.txt
fetch leaflet.markercluster@1.5.3 markercluster dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css MIT-LICENCE.txt
(cd "$out" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
echo "vendored into $out: $(du -sh "$out" | cut -f1)"
