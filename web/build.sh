#!/usr/bin/env bash
# Build the web page's vendor assets: install the pinned npm libraries (package-lock.json) and copy
# the files the page (and the offline API docs at /api/docs) load into src/sitrep/web/static/vendor/
# (git-ignored, shipped in the package).
# The page itself (src/sitrep/web/static/*.js, *.css, index.html) is plain source: no bundling step.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../src/sitrep/web/static/vendor"
cd "$here"

if [ ! -d node_modules/leaflet ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error  # no package needs install scripts
fi

rm -rf "$dest"
mkdir -p "$dest/leaflet/images" "$dest/markercluster" "$dest/topojson" "$dest/world-atlas" "$dest/swagger-ui"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$dest/leaflet/"
cp node_modules/leaflet/dist/images/*.png "$dest/leaflet/images/"
cp node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
   node_modules/leaflet.markercluster/dist/MarkerCluster.css \
   node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css "$dest/markercluster/"
cp node_modules/topojson-client/dist/topojson-client.min.js "$dest/topojson/"
cp node_modules/world-atlas/countries-110m.json "$dest/world-atlas/"
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css "$dest/swagger-ui/"
for pkg in leaflet leaflet.markercluster topojson-client world-atlas swagger-ui-dist; do
    for lic in LICENSE LICENSE.md MIT-LICENCE.txt MIT-LICENSE.md; do
        if [ -f "node_modules/$pkg/$lic" ]; then cp "node_modules/$pkg/$lic" "$dest/LICENSE.$pkg"; fi
    done
done
echo "web: vendor assets in $(cd "$dest" && pwd)" >&2
