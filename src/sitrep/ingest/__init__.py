"""Reading articles: plain text, HTML (main text only), JSON, JSONL, directories, stdin.

``read_articles`` yields :class:`~sitrep.model.Article` records, or a :class:`ReadFailure`
for each input (or JSONL line) that cannot be read, so one bad file never stops a batch.
"""

from __future__ import annotations

from sitrep.ingest.dates import normalise_published
from sitrep.ingest.decode import decode_text
from sitrep.ingest.readers import (
    STDIN,
    SUPPORTED_EXTENSIONS,
    ReadFailure,
    article_from_record,
    read_articles,
)

__all__ = [
    "STDIN",
    "SUPPORTED_EXTENSIONS",
    "ReadFailure",
    "article_from_record",
    "decode_text",
    "normalise_published",
    "read_articles",
]
