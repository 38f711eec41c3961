"""Bytes to text for article files whose encoding nobody declared.

News archives mix UTF-8 with Windows-1252 and Latin-1 exports; guessing wrong turns "é" into
"Ã©" and silently damages every French name downstream, so the order of attempts matters:
UTF-8 (with or without BOM) is strict and rarely decodes anything else by accident, CP1252 is
the usual legacy Western encoding, and Latin-1 accepts any byte sequence as the last resort.
"""

from __future__ import annotations

import codecs
import logging

log = logging.getLogger(__name__)

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Control characters that never appear in text (tab, newlines, form feed and ESC excluded).
_CONTROL = bytes(sorted(set(range(32)) - {9, 10, 11, 12, 13, 27}))
_MAX_CONTROL_RATIO = 0.05


class NotTextError(ValueError):
    """The bytes are not text (binary data), so no decoding can rescue them."""


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control bytes: images, archives, executables."""
    if data.startswith(_UTF16_BOMS):
        return False
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > _MAX_CONTROL_RATIO * max(len(sample), 1)


def decode_text(data: bytes, where: str = "<bytes>") -> str:
    """Decode article bytes, falling back from UTF-8 to CP1252 to Latin-1 with a warning.

    Raises :class:`NotTextError` for binary data. The result never starts with a BOM.
    """
    if looks_binary(data):
        raise NotTextError("binary file, not text")
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NotTextError("undecodable UTF-16 text") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        log.warning("%s: not valid UTF-8, decoded as %s", where, encoding)
        return text
    raise NotTextError("undecodable text")  # unreachable: latin-1 decodes any bytes
