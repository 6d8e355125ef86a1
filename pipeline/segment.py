"""Split a document's text into sentences with character offsets.

Each line (paragraph) is split by underthesea's sentence tokenizer; its sentences are aligned
back onto the line, since the tokenizer returns strings, not offsets.
"""

from __future__ import annotations

import dataclasses
import re

from schemas.document import Document, Sentence

_MAX_LINE = 5000  # longer lines are cut at spaces before sentence splitting (bounded cost)


def segment(doc: Document) -> Document:
    """Stage: the same document with its ``sentences`` set."""
    return dataclasses.replace(doc, sentences=tuple(split_sentences(doc.text)))


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        for a, b in split_line(m.group()):
            out.append(Sentence(m.start() + a, m.start() + b, text[m.start() + a : m.start() + b]))
    return out


def split_line(line: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of one line (relative to the line)."""
    from underthesea import sent_tokenize

    spans: list[tuple[int, int]] = []
    for chunk_start, chunk in chunks(line):
        cursor = 0
        for sent in sent_tokenize(chunk):
            head = sent.strip()[:20]
            at = chunk.find(head, cursor) if head else -1
            if at < 0:
                continue
            end = max(at + len(sent.strip()), at + len(head))
            spans.append((chunk_start + at, chunk_start + min(end, len(chunk))))
            cursor = spans[-1][1] - chunk_start
        if cursor < len(chunk.rstrip()):  # whatever the tokenizer did not return stays a sentence
            rest = chunk[cursor:]
            lead = len(rest) - len(rest.lstrip())
            if rest.strip():
                spans.append((chunk_start + cursor + lead, chunk_start + len(chunk.rstrip())))
    return [(a, b) for a, b in spans if b > a]


def chunks(line: str) -> list[tuple[int, str]]:
    """Cut an over-long line at spaces into pieces of at most ``_MAX_LINE`` characters."""
    out, start = [], 0
    while len(line) - start > _MAX_LINE:
        cut = line.rfind(" ", start, start + _MAX_LINE)
        cut = cut if cut > start else start + _MAX_LINE
        out.append((start, line[start:cut]))
        start = cut
    out.append((start, line[start:]))
    return out
