"""One document through the pure stages: normalise -> segment -> extract -> check evidence."""

from __future__ import annotations

from extractors import extract, is_relevant
from pipeline.normalize import normalize
from pipeline.segment import segment
from schemas.document import Document, RawText
from schemas.errors import IngestError
from schemas.facts import Fact


def process(raw: RawText, doc_id: str, path: str) -> tuple[Document, list[Fact]]:
    """A read document -> its stored form and its facts. Raises ``IngestError`` on failure."""
    doc = normalize(raw, doc_id, path)
    if not doc.text.strip():
        raise IngestError("E_EMPTY", "no text left after normalisation")
    if not is_relevant(doc.body):  # nothing to find: no sentence splitting, no extraction
        return doc, []
    doc = segment(doc)
    try:
        facts = full_forms(doc, extract(doc))
    except Exception as exc:  # an extractor bug fails this document, never the batch
        raise IngestError("E_EXTRACT", f"{type(exc).__name__}: {exc}") from exc
    check_evidence(doc, facts)
    return doc, facts


def full_forms(doc: Document, facts: list[Fact]) -> list[Fact]:
    """Chair holders and award recipients in the document's full form (``extractors.full_forms``)."""
    from extractors.full_forms import resolve_facts

    return resolve_facts(doc, facts)


def process_text(text: str, doc_id: str = "doc", published: str | None = None) -> tuple[Document, list[Fact]]:
    """Convenience for tests and notebooks: plain text in, document and facts out."""
    raw = RawText(text=text, format="txt", sha256="", size=len(text.encode()), published=published)
    return process(raw, doc_id, doc_id)


def check_evidence(doc: Document, facts: list[Fact]) -> None:
    """Every fact's evidence must point at its surface in the stored text."""
    for fact in facts:
        ev = fact.evidence
        if doc.text[ev.start : ev.end] != ev.surface or not ev.sent_start <= ev.start <= ev.end <= ev.sent_end:
            raise IngestError("E_EXTRACT", f"evidence out of place for {fact!r}")
