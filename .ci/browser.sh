#!/usr/bin/env bash
# Install what the browser tests need: Debian's Chromium + ChromeDriver, Playwright for Python
# (it drives /usr/bin/chromium; no browser download), and the page's npm libraries copied into
# src/sitrep/web/static/vendor/. Idempotent: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PLAYWRIGHT_VERSION="1.65.2"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

PY="${PYTHON:-python}"
if [ -x .venv/bin/python ] && [ -z "${PYTHON:-}" ]; then PY=.venv/bin/python; fi
if ! "$PY" -c "import playwright, importlib.metadata as m; assert m.version('playwright') == '$PLAYWRIGHT_VERSION'" 2>/dev/null; then
    "$PY" -m pip install -q "playwright==$PLAYWRIGHT_VERSION"
fi

bash web/build.sh
