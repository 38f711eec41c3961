"""Readers: each format, and each kind of bad input as a one-line failure."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from sitrep.ingest import ReadFailure, read_articles
from sitrep.model import Article

FR_TEXT = "Des tirs ont visé un poste de contrôle à l'entrée de la ville dimanche soir."
EN_TEXT = "Gunmen fired on a checkpoint at the entrance of the town on Sunday evening."


def read(*inputs: str | Path, **kw: object) -> list[Article | ReadFailure]:
    return list(read_articles([str(i) for i in inputs], **kw))  # type: ignore[arg-type]


def only_article(items: list[Article | ReadFailure]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def only_failure(items: list[Article | ReadFailure]) -> ReadFailure:
    assert len(items) == 1, items
    assert isinstance(items[0], ReadFailure), items[0]
    return items[0]


def test_txt_file_id_is_stem(tmp_path: Path) -> None:
    p = tmp_path / "report-17.txt"
    p.write_text(FR_TEXT, encoding="utf-8")
    a = only_article(read(p))
    assert (a.id, a.text, a.title, a.lang) == ("report-17", FR_TEXT, None, None)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + FR_TEXT.encode("utf-8"))
    assert only_article(read(p)).text == FR_TEXT


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_decode_right(
    tmp_path: Path, encoding: str, caplog: pytest.LogCaptureFixture
) -> None:
    text = "Les forces déployées à Ségou ont été renforcées, a précisé l'état-major."
    p = tmp_path / "old.txt"
    p.write_bytes(text.encode(encoding))
    assert only_article(read(p)).text == text
    assert "not valid UTF-8" in caplog.text


def test_cp1252_quotes_and_latin1_only_bytes(tmp_path: Path) -> None:
    cp = tmp_path / "quotes.txt"
    cp.write_bytes("Il a dit \u201cnon\u201d \u2013 voilà.".encode("cp1252"))
    assert only_article(read(cp)).text == "Il a dit \u201cnon\u201d \u2013 voilà."
    # 0x81 is undefined in cp1252, so Latin-1 must take over.
    raw = tmp_path / "raw.txt"
    raw.write_bytes(b"caf\xe9 \x81 fin")
    assert only_article(read(raw)).text == "caf\xe9 \x81 fin"


def test_bad_files_fail_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: 50 MB announced, nothing written
        fh.truncate(50 * 1024 * 1024)
    messages = {Path(f.where).name: f.message for f in read(tmp_path) if isinstance(f, ReadFailure)}
    assert messages["empty.txt"] == "empty file"
    assert messages["blank.txt"] == "empty file"
    assert messages["image.txt"].startswith("binary file")
    assert messages["huge.txt"].startswith("too large")
    assert all("\n" not in m for m in messages.values())


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(EN_TEXT)
    assert only_failure(read(p, max_bytes=10)).message.startswith("too large")


def test_missing_file(tmp_path: Path) -> None:
    f = only_failure(read(tmp_path / "nope.txt"))
    assert f.where.endswith("nope.txt")
    assert f.message == "no such file or directory"
    assert only_failure(read(tmp_path / "nope.jsonl")).message == "no such file or directory"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(EN_TEXT)
    p.chmod(0)
    assert only_failure(read(p)).message == "permission denied"


def test_unreadable_file_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root ignores mode bits, so the permission error is simulated at open()."""
    p = tmp_path / "secret.txt"
    p.write_text(EN_TEXT)

    def deny(self: Path, *a: object, **k: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", deny)
    f = only_failure(read(p))
    assert (f.where, f.message) == (str(p), "permission denied")


def test_json_article_ignores_other_keys(tmp_path: Path) -> None:
    p = tmp_path / "gold-1.json"
    record = {
        "id": "x-1",
        "text": FR_TEXT,
        "lang": "fr",
        "title": "Tirs",
        "url": "https://example.org/a",
        "outlet": "Exemple",
        "published": "2020-03-04",
        "events": [{"event_type": "Battles"}],
        "notes": "ignored",
    }
    p.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    a = only_article(read(p))
    assert (a.id, a.lang, a.title, a.url, a.outlet, a.published) == (
        "x-1", "fr", "Tirs", "https://example.org/a", "Exemple", "2020-03-04",
    )


def test_json_without_id_uses_stem_and_bad_json_fails(tmp_path: Path) -> None:
    p = tmp_path / "art.json"
    p.write_text(json.dumps({"text": EN_TEXT}))
    assert only_article(read(p)).id == "art"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert only_failure(read(bad)).message.startswith("not valid JSON")
    notext = tmp_path / "notext.json"
    notext.write_text(json.dumps({"id": "a", "title": "t"}))
    assert only_failure(read(notext)).message == 'missing "text"'


def test_jsonl_bad_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": FR_TEXT, "lang": "fr-FR"}),
        "{this is not json",
        "",
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": EN_TEXT, "published": "Tue, 03 Mar 2020 10:45:00 +0000"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(p)
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "ReadFailure", "ReadFailure", "ReadFailure", "Article"]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [f.where for f in failures] == [f"{p}:2", f"{p}:4", f"{p}:5"]
    first, last = items[0], items[-1]
    assert isinstance(first, Article) and isinstance(last, Article)
    assert first.lang == "fr"
    assert last.id == Article.text_id(EN_TEXT)
    assert last.published == "2020-03-03T10:45"


def test_jsonl_line_over_limit_is_skipped(tmp_path: Path) -> None:
    p = tmp_path / "b.jsonl"
    long_line = json.dumps({"id": "long", "text": "x " * 500})
    p.write_text(long_line + "\n" + json.dumps({"id": "ok", "text": "short text"}) + "\n")
    items = read(p, max_bytes=200)
    assert isinstance(items[0], ReadFailure) and items[0].where == f"{p}:1"
    assert isinstance(items[1], Article) and items[1].id == "ok"


def test_lang_parameter_overrides(tmp_path: Path) -> None:
    p = tmp_path / "m.jsonl"
    records = [{"id": "a", "text": EN_TEXT}, {"id": "b", "text": FR_TEXT, "lang": "fr"}]
    p.write_text("\n".join(json.dumps(r) for r in records))
    assert [a.lang for a in read(p) if isinstance(a, Article)] == [None, "fr"]
    assert [a.lang for a in read(p, lang="EN") if isinstance(a, Article)] == ["en", "en"]


def test_directory_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(EN_TEXT)
    (tmp_path / "a.txt").write_text(FR_TEXT)
    (tmp_path / "c.json").write_text(json.dumps({"text": EN_TEXT}))
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text(EN_TEXT)
    ids = [a.id for a in read(tmp_path)]
    assert ids == ["a", "c", "z"]


PAGE = """<!DOCTYPE html><html><head><title>Attaque contre un convoi - Le Journal</title>
<meta property="og:title" content="Attaque contre un convoi">
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2022-05-14T09:30:00+00:00">
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/afrique">Afrique</a></li>
<li><a href="/economie">Économie</a></li><li>Rubrique des sports et loisirs</li></ul></nav>
<main><article><h1>Attaque contre un convoi</h1>
<p>Un convoi de ravitaillement a été pris pour cible samedi sur la route nationale, au nord de la
capitale régionale, ont rapporté plusieurs témoins joints par notre rédaction.</p>
<p>Les assaillants, arrivés à moto, ont ouvert le feu avant de se replier vers la frontière, selon
un élu local qui a souhaité garder l'anonymat pour des raisons de sécurité.</p>
<p>Les autorités n'avaient pas encore communiqué de bilan officiel en fin de journée.</p>
</article>
<div id="comments" class="comments-area"><h3>Votre commentaire</h3>
<div class="comment"><p>Marcel a écrit : les bombardiers ont encore frappé le marché hier soir,
honte à eux.</p></div>
<form class="comment-form"><textarea name="comment"></textarea><button>Publier</button></form></div>
<div class="comment-respond"><h3>Leave a comment</h3><p>Your email address will not be published.</p></div>
</main>
<footer><p>Copyright Le Journal. Tous droits réservés. Mentions légales et contact.</p></footer>
</body></html>"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    p = tmp_path / "convoi.html"
    p.write_text(PAGE, encoding="utf-8")
    a = only_article(read(p))
    assert a.id == "convoi"
    assert "Un convoi de ravitaillement a été pris pour cible" in a.text
    assert "Les autorités n'avaient pas encore" in a.text
    for dropped in ("Accueil", "Votre commentaire", "Marcel", "Leave a comment", "Copyright", "Publier"):
        assert dropped not in a.text
    assert a.title == "Attaque contre un convoi"
    assert a.published == "2022-05-14"
    assert a.outlet == "Le Journal"


def test_html_without_text_fails(tmp_path: Path) -> None:
    p = tmp_path / "blank.htm"
    p.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>")
    assert only_failure(read(p)).message == "no article text found"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n" + json.dumps({"id": "s1", "text": FR_TEXT}) + "\nbroken\n" + json.dumps({"text": EN_TEXT})
    _stdin(monkeypatch, data.encode())
    items = read("-")
    assert isinstance(items[0], Article) and items[0].id == "s1"
    assert isinstance(items[1], ReadFailure) and items[1].where == "<stdin>:3"
    assert isinstance(items[2], Article) and items[2].text == EN_TEXT


def test_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, FR_TEXT.encode("cp1252"))
    a = only_article(read("-", lang="fr"))
    assert (a.id, a.text, a.lang) == ("stdin", FR_TEXT, "fr")


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"")
    assert only_failure(read("-")).message == "empty input"


def test_named_pipe_is_read(tmp_path: Path) -> None:
    """Process substitution and /dev/stdin give size-0 special files that hold text."""
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_text, args=(EN_TEXT,))
    writer.start()
    a = only_article(read(fifo))
    writer.join()
    assert a.text == EN_TEXT


def test_duplicate_ids_are_warned(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(EN_TEXT)
    assert [a.id for a in read(tmp_path)] == ["same", "same"]
    assert "already used" in caplog.text


def test_json_array_of_articles(tmp_path: Path) -> None:
    p = tmp_path / "several.json"
    p.write_text(json.dumps([{"id": "one", "text": EN_TEXT}, {"title": "no text"}, {"text": FR_TEXT}]))
    items = read(p)
    assert isinstance(items[0], Article) and items[0].id == "one"
    assert isinstance(items[1], ReadFailure) and items[1].where == f"{p}:[1]"
    assert isinstance(items[2], Article) and items[2].id == Article.text_id(FR_TEXT)


def test_stdin_text_opening_with_a_brace(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "{Communiqué} L'armée a annoncé la reprise du village.\nAucun bilan n'a été donné."
    _stdin(monkeypatch, text.encode("utf-8"))
    a = only_article(read("-"))
    assert (a.id, a.text) == ("stdin", text)
