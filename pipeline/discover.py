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
    path: Path
    doc_id: str


def discover(paths: list[Path]) -> list[SourceFile]:
    """Every file under ``paths`` in a stable order, each with its document id."""
    found: dict[str, SourceFile] = {}
    for root in paths:
        for src in walk(root):
            found.setdefault(str(src.path), src)
    return sorted(found.values(), key=lambda s: s.doc_id)


def walk(root: Path) -> Iterator[SourceFile]:
    if root.is_file() or (root.is_symlink() and not root.is_dir()):
        yield SourceFile(root, root.stem)
        return
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                path = Path(folder) / name
                yield SourceFile(path, doc_id_for(path, root))


def doc_id_for(path: Path, root: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()
