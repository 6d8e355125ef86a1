"""Documents as they pass through the stages: read -> normalise -> segment."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawText:
    """What a reader returns: decoded text and what the file says about itself."""

    text: str
    format: str  # txt | html | pdf | docx
    sha256: str  # of the source bytes, so a changed file is a new version
    size: int  # bytes
    encoding: str | None = None  # the encoding the text was decoded from
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when the source states one
    pages: int | None = None


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document: ``doc.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    """A normalised document. ``text`` is what is stored and what every offset points into."""

    doc_id: str
    path: str
    format: str
    text: str
    sha256: str
    title: str | None = None
    published: str | None = None
    body_end: int = -1  # offset where the article's own text ends (boilerplate after it)
    sentences: tuple[Sentence, ...] = field(default=(), repr=False)

    @property
    def body(self) -> str:
        return self.text[: self.body_end] if self.body_end >= 0 else self.text
