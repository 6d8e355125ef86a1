"""Stable error codes for documents that cannot be ingested.

A code never changes meaning once released; new failure classes get new codes.
Each failed file becomes one row in the store's ``ingest_errors`` table with its code,
path and a plain message, and the batch goes on.
"""

from __future__ import annotations

ERROR_CODES: dict[str, str] = {
    "E_EMPTY": "the file is empty or holds only white space",
    "E_BINARY": "the file is binary data, not a document",
    "E_ENCODING": "the text could not be decoded in any supported encoding",
    "E_UNSUPPORTED": "the file's format is not one thidua reads",
    "E_UNREADABLE": "the file could not be opened (permissions, a vanished file, a link loop)",
    "E_PDF_BROKEN": "the PDF is damaged or truncated",
    "E_PDF_ENCRYPTED": "the PDF is encrypted",
    "E_PDF_NO_TEXT": "the PDF has no text layer (a scan): it needs OCR",
    "E_HTML_NO_TEXT": "the web page holds no main text",
    "E_DOCX_BROKEN": "the Word file is damaged",
    "E_TOO_LARGE": "the document is over the size or page limit",
    "E_EXTRACT": "an extractor failed on this document (a bug: please report it)",
}


class IngestError(Exception):
    """A document that cannot be ingested, with a stable code from ``ERROR_CODES``."""

    def __init__(self, code: str, message: str):
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message
