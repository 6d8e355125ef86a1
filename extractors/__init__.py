"""Rule extractors: one module per fact type, patterns and lexicons as data in ``patterns/``.

``extract(doc)`` runs every registered extractor over one segmented document, in the order
their dependencies require, and returns the facts with their evidence. Importing this package
is cheap: the rule modules load on the first extraction (``load_rules``), underthesea's models
when a rule first needs them.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import cache

from extractors.base import REGISTRY, VERSIONS, Context, ExtractorSpec, reference_year
from extractors.nlp import load_lexicon
from schemas.document import Document
from schemas.facts import Fact

_TRIGGER_WORDS = tuple(load_lexicon("triggers.txt"))
_TRIGGER = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in _TRIGGER_WORDS))


RULE_MODULES = ("awards", "bodies", "campaigns", "chairs", "members", "persons")


@cache
def load_rules() -> dict[str, ExtractorSpec]:
    """Import the rule modules (each registers its extractor) on first use: an ingest with
    nothing new to read, and every query command, never loads them."""
    for module in RULE_MODULES:
        importlib.import_module(f"extractors.{module}")
    from extractors.phrases import load_dictionary

    load_dictionary()
    return REGISTRY


def ordered_names() -> list[str]:
    """Extractor names, each after the ones it needs."""
    registry = load_rules()
    done: list[str] = []

    def visit(name: str) -> None:
        if name not in done:
            for dep in registry[name].needs:
                visit(dep)
            done.append(name)

    for name in sorted(registry):
        visit(name)
    return done


def versions() -> dict[str, str]:
    """``{extractor name: version}``: a change here means stored facts are out of date."""
    return dict(sorted(VERSIONS.items()))


def is_relevant(text: str) -> bool:
    """The cascade's first, cheap step: can this text hold an emulation fact at all? (Compared
    without case or diacritics, in C-speed string operations: it runs on every document.)"""
    folded = unicodedata.normalize("NFD", text.lower().replace("đ", "d")).encode("ascii", "ignore").decode()
    # substring tests first: far quicker than the regex, which then only checks word boundaries
    return any(w in folded for w in _TRIGGER_WORDS) and _TRIGGER.search(folded) is not None


def extract(doc: Document) -> list[Fact]:
    """All facts of one segmented document."""
    ctx = Context(doc, reference_year(doc))
    for name in ordered_names():
        ctx.found[name] = list(REGISTRY[name].func(ctx))
    return [fact for name in ordered_names() for fact in ctx.found[name]]
