"""Score extracted facts against hand-made gold facts, exactly as the reference scorer does
(the shared fact README): precision, recall and F1 per fact type and overall."""

from __future__ import annotations

from difflib import SequenceMatcher

from schemas.facts import FACT_TYPES
from schemas.names import body_key, canon, same_unit


def similar(a: str | None, b: str | None, threshold: float = 0.9) -> bool:
    a, b = canon(a), canon(b)
    if not a or not b:
        return False
    return a == b or SequenceMatcher(None, a, b).ratio() >= threshold


def body_names(doc: dict, name: str) -> set[str]:
    """The comparison keys a body reference may take in this gold document."""
    for body in doc.get("bodies", []):
        names = [body["name"], *body.get("aliases", [])]
        if any(body_key(name) == body_key(n) for n in names):
            return {body_key(n) for n in names}
    return {body_key(name)}


def match(kind: str, gold_doc: dict, g: dict, p: dict) -> bool:
    """Whether predicted fact ``p`` answers gold fact ``g``."""
    if kind == "bodies":
        return body_key(p.get("name")) in body_names(gold_doc, g["name"])
    alts = g.get("alt", [])
    if kind == "persons":
        return any(canon(p.get("name")) == canon(n) for n in [g["name"], *alts])
    if kind == "campaigns":
        return any(similar(n, p.get("name")) for n in [g["name"], *alts])
    if kind == "awards":
        return any(similar(n, p.get("award")) for n in [g["award"], *alts]) and (
            similar(g.get("recipient"), p.get("recipient"), 0.85) or same_unit(g.get("recipient"), p.get("recipient")))
    if body_key(p.get("body")) not in body_names(gold_doc, g["body"]):
        return False
    if kind == "members":
        return any(same_unit(p.get("member"), n) for n in [g["member"], *alts])
    holders = [g.get("holder"), g.get("holder_org")]
    got = [p.get("holder"), p.get("holder_org")]
    return (p.get("role") == g["role"] and p.get("year") == g.get("year")
            and any(same_unit(h, x) for h in holders if h for x in got if x))


def score(gold_docs: dict[str, dict], pred_docs: dict[str, dict]) -> tuple[dict[str, list[int]], list[tuple]]:
    """``({type: [tp, fp, fn]}, [(doc_id, type, "missed"|"spurious", fact)])``."""
    counts = {k: [0, 0, 0] for k in FACT_TYPES}
    errors: list[tuple] = []
    for doc_id, gd in gold_docs.items():
        pd = pred_docs.get(doc_id, {})
        for kind in FACT_TYPES:
            if kind not in gd.get("unscored", []):
                score_type(kind, gd, list(pd.get(kind) or []), counts[kind], errors)
    return counts, errors


def score_type(kind: str, gd: dict, preds: list[dict], counts: list[int], errors: list[tuple]) -> None:
    used: set[int] = set()
    for g in gd.get(kind, []):
        hit = next((i for i, p in enumerate(preds) if i not in used and match(kind, gd, g, p)), None)
        if hit is None:
            if not g.get("optional"):
                counts[2] += 1
                errors.append((gd["doc_id"], kind, "missed", g))
        else:
            used.add(hit)
            counts[0] += 0 if g.get("optional") else 1
    for i, p in enumerate(preds):
        if i not in used and not any(match(kind, gd, g, p) for g in gd.get(kind, [])):
            counts[1] += 1
            errors.append((gd["doc_id"], kind, "spurious", p))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def figures(counts: dict[str, list[int]]) -> dict[str, dict[str, float]]:
    """``{type or "overall": {"precision", "recall", "f1"}}`` rounded as the reference scorer does."""
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    rows = {k: prf(*c) for k, c in counts.items()} | {"overall": prf(*total)}
    return {k: {"precision": round(v[0], 4), "recall": round(v[1], 4), "f1": round(v[2], 4)} for k, v in rows.items()}


def table(counts: dict[str, list[int]]) -> str:
    """The reference scorer's printed table."""
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    lines = [f"{'type':10} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for k, c in [*counts.items(), ("overall", total)]:
        p, r, f = prf(*c)
        lines.append(f"{k:10} {c[0]:4} {c[1]:4} {c[2]:4} {p:6.3f} {r:6.3f} {f:6.3f}")
    return "\n".join(lines)
