"""Find the files to ingest and give each its document id.

A document's id is its path relative to the folder that was ingested, without its extension,
with ``/`` between folders (``corpus/a/b.pdf`` ingested from ``corpus/`` is ``a/b``). A file
named directly gets its stem. Hidden files and folders are passed over; links are not
followed into folders (no loops); every other file is returned, readable or not, so that a
bad file is reported rather than skipped.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SourceFile:
    location: str  # the file's path, as a string: a nightly run looks at many files and reads few
    doc_id: str
    mtime_ns: int | None = None  # the file's modification time, when the ingest's plan looked at it

    @property
    def path(self) -> Path:
        return Path(self.location)


def discover(paths: list[Path]) -> list[SourceFile]:
    """Every file under ``paths`` in a stable order, each with its document id."""
    found: dict[str, SourceFile] = {}
    for root in paths:
        for src in walk(root):
            found.setdefault(src.location, src)
    return sorted(found.values(), key=lambda s: s.doc_id)


def walk(root: Path) -> Iterator[SourceFile]:
    if root.is_file() or (root.is_symlink() and not root.is_dir()):
        yield SourceFile(str(root), root.stem)
        return
    top = os.fspath(root)
    for folder, dirs, files in os.walk(top, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # string operations, not pathlib, on each of the many files a nightly run mostly skips
        rel = os.path.relpath(folder, top).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        for name in sorted(files):
            if not name.startswith("."):
                yield SourceFile(os.path.join(folder, name), prefix + without_suffix(name))


def without_suffix(name: str) -> str:
    """``name`` without its last suffix, as ``Path.with_suffix("")`` ("a.b.txt" -> "a.b", "a." -> "a.")."""
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name
