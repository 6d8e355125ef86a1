"""The extractor registry: every rule module registers one extractor at the version the
version table gives, and knowing the versions loads no rule module."""

from __future__ import annotations

import subprocess
import sys

from extractors import RULE_MODULES, load_rules, versions
from extractors.base import VERSIONS
from tests.conftest import ROOT


def test_every_extractor_is_registered_at_its_version():
    registry = load_rules()
    assert set(registry) == set(VERSIONS) == set(RULE_MODULES)
    assert {name: spec.version for name, spec in registry.items()} == VERSIONS
    assert versions() == dict(sorted(VERSIONS.items()))


def test_knowing_the_versions_loads_no_rules():
    code = ("import sys; from extractors import versions; versions(); "
            "print(sorted(m for m in sys.modules if m.startswith('extractors.')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    loaded = eval(out)  # a list of module names
    assert not set(loaded) & {f"extractors.{m}" for m in RULE_MODULES}, loaded
