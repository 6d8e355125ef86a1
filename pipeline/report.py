"""The browsable report: the store, read only, rendered into a static HTML site.

``write_report(con, out_dir)`` writes ``index.html`` (the bodies, and the campaigns and awards
of documents that name no body), ``body/<body_id>.html`` (a timeline of chairs and vice-chairs
by year, members by year, campaigns and awards) and ``doc/<slug>.html`` (the stored text with
every evidence span in a ``<mark id="<evidence_id>">``, the boilerplate after ``body_end``
dimmed). Every fact links to its evidence. Two different holders of one role of one body in
one year are a conflict and are shown as one. Needs no server and no network.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import duckdb
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from schemas.names import canon, fold, same_unit

ASSETS = ("report.css", "report.js")
FACT_TABLES = {"bodies": "body_mentions", "chairs": "chairs", "members": "members", "campaigns": "campaigns",
               "awards": "awards", "persons": "person_mentions"}
ROLE_ORDER = ("chair", "vice_chair")
ROLE_LABELS = {("chair", "bloc"): "Khối trưởng", ("chair", "cluster"): "Cụm trưởng",
               ("vice_chair", "bloc"): "Khối phó", ("vice_chair", "cluster"): "Cụm phó"}
WIDE_GAP = 12  # a timeline spanning more years than this shows only the years with a fact


# ---------------------------------------------------------------- reading the store


@dataclass
class Site:
    """Everything the pages show, read from the store once (document texts excepted)."""

    bodies: list[dict]
    docs: dict[str, dict]  # doc_id -> documents row without its text
    by_doc: dict[str, dict[str, list[dict]]]  # doc_id -> fact type -> rows with their evidence span
    by_body: dict[str, dict[str, list[dict]]]  # body_id -> "chairs" | "members" -> rows
    docs_of_body: dict[str, list[str]]
    bodies_of_doc: dict[str, list[dict]] = field(default_factory=dict)
    conflicts: set[tuple[str, int, str]] = field(default_factory=set)  # (body_id, year, role)
    conflict_source: str = "computed"
    last_run: dict | None = None


def read_site(con: duckdb.DuckDBPyConnection) -> Site:
    rejected = read_rejected(con)
    facts = {kind: [{**r, "rejected": r["evidence_id"] in rejected} for r in read_facts(con, table)]
             for kind, table in FACT_TABLES.items()}
    body_of = {(d, n): b for d, n, b in con.execute("SELECT doc_id, doc_body, body_id FROM doc_bodies").fetchall()}
    docs = read_docs(con)
    site = Site(bodies=read_bodies(con), docs=docs, by_doc=facts_by_doc(facts, docs),
                by_body=facts_by_body(facts, body_of), docs_of_body=docs_by_body(body_of),
                last_run=read_last_run(con))
    for body in site.bodies:
        for doc_id in site.docs_of_body.get(body["body_id"], []):
            site.bodies_of_doc.setdefault(doc_id, []).append(body)
    from_view = view_conflicts(con, site.bodies)
    site.conflicts = computed_conflicts(site) | (from_view or set())  # a cell showing two holders is one too
    site.conflict_source = "computed" if from_view is None else "view chair_conflicts"
    return site


def facts_by_doc(facts: dict[str, list[dict]], docs: dict[str, dict]) -> dict[str, dict[str, list[dict]]]:
    out = {doc_id: {kind: [] for kind in facts} for doc_id in docs}
    for kind, found in facts.items():
        for row in found:
            out[row["doc_id"]][kind].append(row)
    return out


def facts_by_body(facts: dict[str, list[dict]], body_of: dict) -> dict[str, dict[str, list[dict]]]:
    """Chairs, members and body mentions under the resolved body their document names (facts a
    correction rejected left out)."""
    out: dict[str, dict[str, list[dict]]] = defaultdict(lambda: {"chairs": [], "members": [], "bodies": []})
    for kind in ("chairs", "members", "bodies"):
        for row in filter(lambda r: not r["rejected"], facts[kind]):
            body_id = body_of.get((row["doc_id"], row["doc_body" if kind == "bodies" else "body"]))
            if body_id:
                out[body_id][kind].append(row)
    return out


def docs_by_body(body_of: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for (doc_id, _), body_id in sorted(body_of.items()):
        if doc_id not in out[body_id]:
            out[body_id].append(doc_id)
    return out


def rows(cur: duckdb.DuckDBPyConnection) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def read_bodies(con) -> list[dict]:
    """Bodies with their aliases: blocs, then clusters, by name whatever its case."""
    found = rows(con.execute(
        "SELECT b.body_id, b.name, b.kind, b.parent, b.n_docs, "
        "coalesce(list(DISTINCT a.alias ORDER BY a.alias) FILTER (WHERE a.alias <> b.name), []) AS aliases "
        "FROM bodies b LEFT JOIN body_aliases a USING (body_id) GROUP BY ALL"))
    return sorted(found, key=lambda b: (b["kind"] or "", canon(b["name"]), b["body_id"]))


def read_docs(con) -> dict[str, dict]:
    found = rows(con.execute("SELECT doc_id, path, format, title, published, ref_year, body_end, length(text) AS "
                             "n_chars FROM documents ORDER BY doc_id"))
    return {d["doc_id"]: {**d, "slug": doc_slug(d["doc_id"]), "title": real_title(d["title"])} for d in found}


def real_title(title: str | None) -> str | None:
    """The title, unless it has no letter or digit at all (a page's stray "|")."""
    return title if title and any(ch.isalnum() for ch in title) else None


def read_facts(con, table: str) -> list[dict]:
    """A fact table's rows with their evidence span, in document order."""
    return rows(con.execute(
        f"SELECT f.*, e.start_char, e.end_char, e.surface, e.rule FROM {table} f "
        "JOIN evidence e ON e.evidence_id = f.evidence_id ORDER BY f.doc_id, e.start_char, e.end_char"))


def read_rejected(con) -> set[str]:
    """Evidence of the facts an archivist's correction rejected (when the store has corrections)."""
    tables = {t for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "rejected_facts" not in tables:
        return set()
    return {e for (e,) in con.execute("SELECT evidence_id FROM rejected_facts").fetchall()}


def read_last_run(con) -> dict | None:
    found = rows(con.execute("SELECT run_id, finished_at, status FROM runs ORDER BY started_at DESC LIMIT 1"))
    return found[0] if found else None


def read_texts(con) -> Iterable[tuple[str, str]]:
    """``(doc_id, text)`` of every document, fetched a few at a time."""
    cur = con.execute("SELECT doc_id, text FROM documents ORDER BY doc_id")
    while batch := cur.fetchmany(64):
        yield from batch


# ---------------------------------------------------------------- conflicts


def view_conflicts(con, bodies: list[dict]) -> set[tuple[str, int, str]] | None:
    """Conflicts from the store's ``chair_conflicts`` view (schemas/store.sql: consolidated,
    corrections applied), or None when it is not there (or has neither a ``body_id`` nor a
    ``body`` column beside ``year`` and ``role``)."""
    views = {v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    if "chair_conflicts" not in views:
        return None
    found = rows(con.execute("SELECT * FROM chair_conflicts"))
    cols = set(found[0]) if found else {d[0] for d in con.execute("SELECT * FROM chair_conflicts LIMIT 0").description}
    if not {"year", "role"} <= cols or not cols & {"body_id", "body"}:
        return None
    by_name = {canon(b["name"]): b["body_id"] for b in bodies}
    return {(r.get("body_id") or by_name.get(canon(r.get("body"))), r["year"], str(r["role"]).replace("-", "_"))
            for r in found}


def computed_conflicts(site: Site) -> set[tuple[str, int, str]]:
    """(body, year, role) held by more than one distinct unit or person."""
    cells: dict[tuple[str, int, str], list[dict]] = defaultdict(list)
    for body_id, facts in site.by_body.items():
        for row in facts["chairs"]:
            if row["year"] is not None:
                cells[(body_id, row["year"], row["role"])].append(row)
    return {key for key, found in cells.items() if len(holder_groups(found)) > 1}


def holder_groups(found: list[dict]) -> list[list[dict]]:
    """Chair rows grouped by holder: one group when holder or holder_org name the same unit
    ("Hồ Quang Huy" of "Cục Kiểm tra văn bản" = "Cục Kiểm tra văn bản")."""
    groups: list[list[dict]] = []
    for row in found:
        group = next((g for g in groups if any(same_holder(row, other) for other in g)), None)
        if group is None:
            groups.append([row])
        else:
            group.append(row)
    return groups


def same_holder(a: dict, b: dict) -> bool:
    names_a = [n for n in (a["holder"], a.get("holder_org")) if n]
    names_b = [n for n in (b["holder"], b.get("holder_org")) if n]
    return any(canon(x) == canon(y) or same_unit(x, y) for x in names_a for y in names_b)


# ---------------------------------------------------------------- what the pages show


def doc_slug(doc_id: str) -> str:
    """A file name for a document's page: ASCII, with a short hash when the id had to change.

    >>> doc_slug("minutes/biên-bản 2021")
    'minutes-bien-ban-2021-5eabdf'
    """
    slug = re.sub(r"[^a-z0-9._-]+", "-", fold(doc_id).replace(" ", "-")).strip("-.") or "doc"
    return slug if slug == doc_id else f"{slug}-{hashlib.sha1(doc_id.encode()).hexdigest()[:6]}"


def evidence_href(site: Site, row: dict) -> str:
    return f"doc/{site.docs[row['doc_id']]['slug']}.html#{row['evidence_id']}"


def body_facts(site: Site, body_id: str, kind: str) -> list[dict]:
    """A body's chairs, members or mentions (from every document that names it)."""
    return site.by_body[body_id][kind] if body_id in site.by_body else []


def doc_facts(site: Site, doc_ids: Iterable[str], kind: str) -> list[dict]:
    """The facts of these documents, those a correction rejected left out."""
    return [r for d in doc_ids for r in site.by_doc[d][kind] if not r["rejected"]]


class Palette:
    """Colours (hues) for the units on one page, each unit its own, the same in every year and
    table: first come, first served, spread by the golden angle so neighbours differ, never the
    red of a conflict."""

    def __init__(self):
        self.hues: dict[str, int] = {}

    def __call__(self, name: str) -> int:
        return self.hues.setdefault(canon(name), round(25 + (len(self.hues) * 137.508 + 180) % 310))


def sources(site: Site, found: list[dict]) -> list[dict]:
    """Evidence links by document: the first evidence in each document, then the others."""
    by_doc: dict[str, dict] = {}
    for r in found:
        link = {"href": evidence_href(site, r), "surface": r["surface"]}
        by_doc.setdefault(r["doc_id"], {"doc_id": r["doc_id"], **link, "more": []})["more"].append(link)
    for src in by_doc.values():
        src["more"] = src["more"][1:]
    return list(by_doc.values())


def year_columns(years: set) -> list:
    """The timeline's years: every year from first to last (gaps show), unless that is too wide;
    facts without a year get a last column (None)."""
    known = sorted(y for y in years if y is not None)
    if known and known[-1] - known[0] <= WIDE_GAP:
        known = list(range(known[0], known[-1] + 1))
    return known + ([None] if None in years else [])


def timeline(site: Site, body: dict, hue: Palette) -> dict:
    """Chairs and vice-chairs of a body: years across, one row per role, holders in the cells."""
    mine = body_facts(site, body["body_id"], "chairs")
    years = year_columns({r["year"] for r in mine})
    roles = sorted({r["role"] for r in mine} | set(ROLE_ORDER),
                   key=lambda r: (ROLE_ORDER.index(r) if r in ROLE_ORDER else 9, r))
    return {"years": years, "rows": [
        {"role": role, "label": role_label(role, body["kind"]),
         "cells": [timeline_cell(site, body, role, y, [r for r in mine if r["role"] == role and r["year"] == y],
                                 hue) for y in years]} for role in roles]}


def role_label(role: str, kind: str) -> str:
    return ROLE_LABELS.get((role, kind), role.replace("_", "-"))


def timeline_cell(site: Site, body: dict, role: str, year: int | None, found: list[dict], hue: Palette) -> dict:
    holders = [{"name": g[0]["holder"], "org": g[0].get("holder_org"), "hue": hue(g[0].get("holder_org") or
                g[0]["holder"]), "sources": sources(site, g)} for g in holder_groups(found)]
    return {"year": year, "holders": holders, "conflict": (body["body_id"], year, role) in site.conflicts}


def member_table(site: Site, body: dict, hue: Palette) -> dict:
    """Members by year: one row per unit (however spelled), a column per year."""
    mine = body_facts(site, body["body_id"], "members")
    years = year_columns({r["year"] for r in mine})
    units: dict[str, list[dict]] = {}
    for row in mine:
        units.setdefault(canon(row["member"]), []).append(row)
    members = [{"name": found[0]["member"], "hue": hue(found[0]["member"]),
                "cells": [sources(site, [r for r in found if r["year"] == y]) for y in years]}
               for found in sorted(units.values(), key=lambda f: canon(f[0]["member"]))]
    return {"years": years, "rows": members}


def grouped(site: Site, found: list[dict], keys: tuple[str, ...]) -> list[dict]:
    """Facts that say the same thing (same ``keys``, compared canonically) as one row with all
    their sources."""
    out: dict[tuple, dict] = {}
    for row in found:
        key = tuple(canon(str(row[k])) if row[k] is not None else None for k in keys)
        out.setdefault(key, {**{k: row[k] for k in keys}, "rows": []})["rows"].append(row)
    return [{**g, "sources": sources(site, g.pop("rows"))} for g in out.values()]


def campaigns_and_awards(site: Site, doc_ids: set[str]) -> dict:
    campaigns = doc_facts(site, sorted(doc_ids), "campaigns")
    awards = doc_facts(site, sorted(doc_ids), "awards")
    return {"campaigns": sorted(grouped(site, campaigns, ("name", "kind", "year")), key=by_year_then("name")),
            "awards": sorted(grouped(site, awards, ("award", "recipient", "year", "status")),
                             key=by_year_then("award"))}


def by_year_then(name_key: str):
    return lambda g: (g["year"] is None, g["year"] or 0, canon(g[name_key]))


def body_summary(site: Site, body: dict) -> dict:
    """A body's row on the index: aliases, the years it is seen in, counts and conflicts."""
    body_id = body["body_id"]
    doc_ids = site.docs_of_body.get(body_id, [])
    chairs = body_facts(site, body_id, "chairs")
    members = body_facts(site, body_id, "members")
    years = {r["year"] for r in chairs + members} | {site.docs[d]["ref_year"] for d in doc_ids}
    extra = campaigns_and_awards(site, set(doc_ids))
    terms = {(r["year"], r["role"], canon(r["holder_org"] or r["holder"])) for r in chairs}
    return {**body, "years": year_span(years), "n_docs": len(doc_ids), "n_chairs": len(terms),
            "n_members": len({canon(r["member"]) for r in members}), "n_campaigns": len(extra["campaigns"]),
            "n_awards": len(extra["awards"]), "n_conflicts": sum(1 for c in site.conflicts if c[0] == body_id),
            "search": fold(" ".join([body["name"], *body["aliases"], body["parent"] or ""]))}


def year_span(years: set) -> str:
    known = sorted(y for y in years if y is not None)
    if not known:
        return ""
    if known == list(range(known[0], known[-1] + 1)) and len(known) > 1:
        return f"{known[0]}–{known[-1]}"
    return ", ".join(map(str, known))


def conflict_list(tl: dict) -> list[dict]:
    """The body's conflicting cells, for the warning above its timeline."""
    return [{"year": c["year"], "label": row["label"], "holders": [h["name"] for h in c["holders"]]}
            for row in tl["rows"] for c in row["cells"] if c["conflict"]]


# ---------------------------------------------------------------- document pages


def fact_label(kind: str, row: dict) -> str:
    """One line saying what a fact says ("chair 2022: Công an tỉnh Quảng Trị")."""
    year = f" {row['year']}" if row.get("year") is not None else ""
    if kind == "bodies":
        return f"{row['name']} ({row['kind']})"
    if kind == "chairs":
        org = f" – {row['holder_org']}" if row.get("holder_org") else ""
        return f"{row['role'].replace('_', '-')}{year}: {row['holder']}{org}"
    if kind == "members":
        return f"member{year}: {row['member']}"
    if kind == "campaigns":
        return f"{row['kind']}{year}: {row['name']}"
    if kind == "awards":
        return f"{row['award']} → {row['recipient'] or '?'} ({row['status']}{year})"
    return f"{row['name']}, {row['title']}" if row.get("title") else row["name"]


def labelled_facts(site: Site, doc_id: str) -> dict[str, list[dict]]:
    """The facts of one document by type, each with its label and evidence span."""
    return {kind: [{**r, "label": fact_label(kind, r) + (" (rejected by a correction)" if r["rejected"] else "")}
                   for r in found] for kind, found in site.by_doc[doc_id].items()}


def highlight(text: str, spans: list[dict], offset: int = 0) -> Markup:
    """``text`` (which starts at ``offset`` of the document) escaped, each evidence span in a
    ``<mark>``. Spans may nest or cross: a span cut by another is closed and reopened, its
    first piece alone carrying the ``id``, every piece its ``data-ev``."""
    end = offset + len(text)
    mine = [s for s in spans if s["start_char"] < end and s["end_char"] > offset and s["end_char"] > s["start_char"]]
    cuts = sorted({offset, end} | {min(max(s[k], offset), end) for s in mine for k in ("start_char", "end_char")})
    out, opened, started = [], [], set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = sorted((s for s in mine if s["start_char"] <= a and s["end_char"] >= b),
                          key=lambda s: (s["start_char"], -s["end_char"], s["evidence_id"]))
        keep = common_prefix(opened, covering)
        out.extend("</mark>" for _ in opened[keep:])
        for span in covering[keep:]:
            out.append(open_mark(span, first=span["evidence_id"] not in started and span["start_char"] >= offset))
            started.add(span["evidence_id"])
        opened = covering
        out.append(str(escape(text[a - offset : b - offset])))
    out.extend("</mark>" for _ in opened)
    return Markup("".join(out))


def common_prefix(a: list, b: list) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] is b[n]:
        n += 1
    return n


def open_mark(span: dict, first: bool) -> str:
    ev = escape(span["evidence_id"])
    attrs = f' id="{ev}"' if first else ""
    cls = f"f-{escape(span['fact_type'])}" + ("" if first else " cont") + (" rejected" if span.get("rejected") else "")
    return f'<mark{attrs} data-ev="{ev}" class="{cls}" title="{escape(span["label"])}">'


def doc_text(text: str, body_end: int | None, spans: list[dict]) -> dict:
    """The article (highlighted) and the boilerplate after ``body_end`` (highlighted, dimmed)."""
    cut = body_end if body_end is not None and 0 <= body_end <= len(text) else len(text)
    return {"article": highlight(text[:cut], spans), "boilerplate": highlight(text[cut:], spans, cut)}


# ---------------------------------------------------------------- writing the site


def environment() -> Environment:
    folder = Path(str(files("pipeline").joinpath("templates")))
    env = Environment(loader=FileSystemLoader(folder), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["kind_label"] = lambda k: {"bloc": "Khối · bloc", "cluster": "Cụm · cluster"}.get(k, k or "")
    return env


def write_report(con: duckdb.DuckDBPyConnection, out_dir: Path, store_name: str = "") -> int:
    """Write the site into ``out_dir``; returns how many pages were written."""
    site = read_site(con)
    env = environment()
    common = {"site": site, "store_name": store_name}
    for sub in ("body", "doc", "assets"):
        (out_dir / sub).mkdir(parents=True, exist_ok=True)
    copy_assets(out_dir / "assets")
    write_page(env, out_dir / "index.html", "index.html", root="", **common, **index_view(site))
    for body in site.bodies:
        write_page(env, out_dir / "body" / f"{body['body_id']}.html", "body.html", root="../", **common,
                   **body_view(site, body))
    for doc_id, text in read_texts(con):
        write_page(env, out_dir / "doc" / f"{site.docs[doc_id]['slug']}.html", "doc.html", root="../", **common,
                   **doc_view(site, doc_id, text))
    return 1 + len(site.bodies) + len(site.docs)


def copy_assets(dest: Path) -> None:
    for name in ASSETS:
        with files("pipeline").joinpath("templates", name).open("rb") as src, (dest / name).open("wb") as out:
            shutil.copyfileobj(src, out)


def write_page(env: Environment, path: Path, template: str, **context) -> None:
    path.write_text(env.get_template(template).render(**context), encoding="utf-8")


def index_view(site: Site) -> dict:
    loose = set(site.docs) - set(site.bodies_of_doc)
    docs = [{**d, "bodies": site.bodies_of_doc.get(d["doc_id"], []),
             "n_facts": sum(map(len, site.by_doc[d["doc_id"]].values()))}
            for d in site.docs.values()]
    return {"title": "Thi đua khen thưởng: bodies", "bodies": [body_summary(site, b) for b in site.bodies],
            "loose": campaigns_and_awards(site, loose), "n_loose_docs": len(loose), "docs": docs}


def body_view(site: Site, body: dict) -> dict:
    doc_ids = site.docs_of_body.get(body["body_id"], [])
    mentions = {r["doc_id"]: r for r in reversed(body_facts(site, body["body_id"], "bodies"))}
    hue = Palette()
    tl = timeline(site, body, hue)
    docs = [{**site.docs[d], "href": evidence_href(site, mentions[d]) if d in mentions else
             f"doc/{site.docs[d]['slug']}.html"} for d in doc_ids]
    return {"title": body["name"], "body": body, "timeline": tl, "conflicts": conflict_list(tl),
            "members": member_table(site, body, hue), "docs": docs,
            **campaigns_and_awards(site, set(doc_ids))}


def doc_view(site: Site, doc_id: str, text: str) -> dict:
    doc = site.docs[doc_id]
    facts = labelled_facts(site, doc_id)
    spans = [{**r, "fact_type": kind} for kind, found in facts.items() for r in found]
    return {"title": doc["title"] or doc_id, "doc": doc, "facts": facts, "bodies": site.bodies_of_doc.get(doc_id, []),
            **doc_text(text, doc["body_end"], spans)}
