"""Quality figures on the shared gold sets (run from the project root; reads ../shared).

    python benchmarks/evaluate.py [--shared ../shared] [--only dev,case,ucdp] [--keep DIR]

Writes predictions to a temporary folder (or --keep DIR) and prints each scorer's last line.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def corpus_to_jsonl(src: Path, dst: Path) -> int:
    """Gold article files (or a gold JSONL) -> input JSONL without the gold fields."""
    keys = ("id", "text", "published", "url", "lang", "title")
    docs = (
        [json.loads(p.read_text(encoding="utf-8")) for p in sorted(src.glob("*.json"))]
        if src.is_dir()
        else [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    )
    with dst.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({k: d[k] for k in keys if d.get(k) is not None}, ensure_ascii=False) + "\n")
    return len(docs)


def run(shared: Path, only: set[str], keep: Path | None) -> None:
    from sitrep.batch import extract_batch
    from sitrep.ingest import read_articles

    sets = {
        "dev": (shared / "corpus" / "dev", "score_events.py"),
        "case": (shared / "data" / "case2021_dev.jsonl", "score_labels.py"),
        "ucdp": (shared / "data" / "ucdp_car_fr_dev.jsonl", "score_events.py"),
    }
    out_dir = keep or Path(tempfile.mkdtemp(prefix="sitrep-eval-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (gold, scorer) in sets.items():
        if name not in only or not gold.exists():
            continue
        inp = out_dir / f"{name}.in.jsonl"
        n = corpus_to_jsonl(gold, inp)
        pred = out_dir / f"{name}.pred.jsonl"
        t0 = time.perf_counter()
        with pred.open("w", encoding="utf-8") as fh:
            for res in extract_batch(read_articles([str(inp)])):
                if isinstance(res, str):
                    print(f"  failed: {res}", file=sys.stderr)
                    continue
                for ev in res:
                    fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
        dt = time.perf_counter() - t0
        res = subprocess.run(
            [sys.executable, str(shared / "eval" / scorer), str(gold), str(pred)],
            capture_output=True,
            text=True,
            check=False,
        )
        lines = res.stdout.strip().splitlines()
        print(f"{name}: {n} docs in {dt:.1f}s ({n / dt:.1f} docs/s)")
        if name == "dev":
            print("\n".join("  " + ln for ln in lines[-4:]))
            for lang in ("fr", "en"):
                print(f"  {lang}: " + _score_lang(shared, gold, pred, lang, out_dir, scorer))
        else:
            print("  " + (lines[-1] if lines else res.stderr.strip()))


def _score_lang(shared: Path, gold: Path, pred: Path, lang: str, out_dir: Path, scorer: str) -> str:
    """The scorer's summary line on the articles of one language."""
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))]
    sub = out_dir / f"dev.gold.{lang}.jsonl"
    sub.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs if d.get("lang") == lang),
        encoding="utf-8",
    )
    res = subprocess.run(
        [sys.executable, str(shared / "eval" / scorer), str(sub), str(pred)],
        capture_output=True,
        text=True,
        check=False,
    )
    return res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--only", default="dev,case,ucdp")
    ap.add_argument("--keep", type=Path, default=None)
    a = ap.parse_args()
    if not a.shared.is_dir():
        sys.exit(f"evaluate: {a.shared} not found (the shared gold sets are not part of the project)")
    run(a.shared, set(a.only.split(",")), a.keep)


if __name__ == "__main__":
    main()
