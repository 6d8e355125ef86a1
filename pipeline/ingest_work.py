"""Processing one file, the unit of work every engine runs (importable on a worker without
the orchestration)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipeline.discover import SourceFile
from schemas.errors import IngestError


@dataclass(frozen=True)
class Outcome:
    """What processing one file gave: the store's rows for it, or its error."""

    src: SourceFile
    tables: dict | None = None
    error: dict | None = None
    staged: str | None = None  # a folder of Parquet files holding the tables (Dask engine)


def file_digest(path: str | Path) -> str | None:
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None


def process_file(src: SourceFile, versions: dict[str, str], run_id: str) -> Outcome:
    """Read and extract one file (runs in a worker process)."""
    from extractors.base import reference_year
    from pipeline.load import document_rows
    from pipeline.process import process
    from pipeline.read import read_file

    try:
        raw = read_file(src.path)
        doc, facts = process(raw, src.doc_id, str(src.path))
        tables = document_rows(doc, facts, reference_year(doc), raw.size, versions, run_id, src.mtime_ns)
        return Outcome(src, tables=tables)
    except IngestError as exc:
        return Outcome(src, error={"path": str(src.path), "code": exc.code, "message": exc.message})


WARM_UP_TEXT = (
    "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023\n"
    "Ngày 20/12/2023, Khối thi đua các cơ quan Trung ương tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
    "Khối gồm 05 đơn vị: Bộ Tư pháp, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Kiểm toán Nhà nước "
    "và Thanh tra Chính phủ.\n"
    "Đồng chí Nguyễn Văn An, Thứ trưởng Bộ Tư pháp, Khối trưởng năm 2023, phát động phong trào thi đua "
    "\"Đổi mới, sáng tạo\". Hội nghị bầu Kiểm toán Nhà nước làm Khối trưởng năm 2024 và đề nghị Thủ tướng "
    "Chính phủ tặng Cờ thi đua của Chính phủ cho Bộ Tư pháp.\n"
)


def warm_up() -> list:
    """Load everything extraction uses (rules, word list, sentence splitter, word segmenter,
    tagger) by processing a short made-up report; returns its facts (a test checks that every
    extractor fired)."""
    from pipeline.process import process
    from schemas.document import RawText

    raw = RawText(text=WARM_UP_TEXT, format="txt", sha256="", size=len(WARM_UP_TEXT))
    return process(raw, "warm-up", "warm-up.txt")[1]
