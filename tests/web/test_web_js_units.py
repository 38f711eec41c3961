"""The page's pure JavaScript functions, through Node's own test runner (no browser needed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

JS_TESTS = Path(__file__).parent / "js"


def test_page_functions_with_node() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is missing: the page's unit tests need Node.js 18 or newer")
    result = subprocess.run(
        [node, "--test", str(JS_TESTS)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
