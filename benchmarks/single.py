"""One-process measurements, in this process, over the files of a corpus:

- ``floor``: read + decode (``pipeline.read.read_file``) + NFC + ``split_sentences``, the
  least any ingest must do: the yardstick of target (a);
- ``naive``: the same plus underthesea ``word_tokenize`` of every sentence, on a sample,
  scaled to the corpus by characters: the baseline (c).

Character counts are those of the decoded NFC text, the same figure for every rate.
"""

from __future__ import annotations

import random
import time
import unicodedata
from pathlib import Path

from pipeline.discover import SourceFile
from pipeline.read import read_file
from pipeline.segment import split_sentences
from schemas.errors import IngestError


def rates(docs: int, chars: int, seconds: float, cores: int = 1) -> dict[str, float]:
    """Throughput figures of ``docs`` documents of ``chars`` characters done in ``seconds``."""
    seconds = max(seconds, 1e-9)
    return {"seconds": round(seconds, 3), "docs_per_s": round(docs / seconds, 1),
            "chars_per_s": round(chars / seconds), "chars_per_s_per_core": round(chars / seconds / cores)}


def read_text(path: Path) -> str | None:
    """The NFC text of a file, or None when thidua's reader refuses it."""
    try:
        return unicodedata.normalize("NFC", read_file(path).text)
    except IngestError:
        return None


def floor(files: list[SourceFile]) -> dict:
    """Time read + decode + NFC + sentence split over ``files``, in this one process."""
    split_sentences("Khởi động. Xong.")  # load underthesea outside the clock
    docs = chars = sentences = 0
    distinct: set[int] = set()
    started, cpu = time.perf_counter(), time.process_time()
    for src in files:
        text = read_text(src.path)
        if text is None:
            continue
        found = split_sentences(text)
        docs, chars, sentences = docs + 1, chars + len(text), sentences + len(found)
        distinct.update(hash(s.text) for s in found)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"docs": docs, "chars": chars, "sentences": sentences, "cpu_s": round(cpu, 2),
            "distinct_sentence_share": round(len(distinct) / max(sentences, 1), 3), **rates(docs, chars, seconds)}


def sample(files: list[SourceFile], size: int, seed: int = 7) -> list[SourceFile]:
    """A fixed random sample of ``size`` files, in their original order."""
    if size >= len(files):
        return list(files)
    chosen = set(random.Random(seed).sample(range(len(files)), size))
    return [src for n, src in enumerate(files) if n in chosen]


def naive(files: list[SourceFile], corpus_chars: int) -> dict:
    """Time read + NFC + split + ``word_tokenize`` of every sentence of ``files``; scale to the corpus."""
    from underthesea import word_tokenize

    word_tokenize("Khởi động")
    chars = tokenize_seconds = 0.0
    started, cpu = time.perf_counter(), time.process_time()
    for src in files:
        text = read_text(src.path) or ""
        chars += len(text)
        tick = time.perf_counter()
        for sentence in split_sentences(text):
            word_tokenize(sentence.text)
        tokenize_seconds += time.perf_counter() - tick
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    scale = corpus_chars / max(chars, 1)
    return {"sample_docs": len(files), "sample_chars": int(chars), **rates(len(files), int(chars), seconds),
            "cpu_s": round(cpu, 2), "scaled_cpu_s": round(cpu * scale, 1),
            "word_tokenize_share": round(tokenize_seconds / max(seconds, 1e-9), 3),
            "scaled_seconds": round(seconds * scale, 1)}
