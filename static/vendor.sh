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
fetch bootstrap@5.2.2 bootstrap dist/js/bootstrap.bundle.min.js dist/css/bootstrap.min.css LICENSE
fetch leaflet.awesome-markers@2.0.5 awesome-markers dist/leaflet.awesome-markers.js dist/leaflet.awesome-markers.css dist/images LICENSE
fetch @fortawesome/fontawesome-free@6.2.0 fontawesome css/all.min.css LICENSE.txt
mkdir -p "$out/fontawesome/webfonts" && (cd "$work" && npm pack -q @fortawesome/fontawesome-free@6.2.0 >/dev/null && tar xzf fortawesome-fontawesome-free-6.2.0.tgz -C x && cp x/package/webfonts/*.woff2 "$out/fontawesome/webfonts/")
fetch leaflet.markercluster@1.5.3 markercluster dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css MIT-LICENCE.txt
(cd "$out" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
echo "vendored into $out: $(du -sh "$out" | cut -f1)"
