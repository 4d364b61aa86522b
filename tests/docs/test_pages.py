"""The README and the docs site keep their promises: the README is a quickstart opening with the
two commands, the site has every page in its navigation, and links between pages resolve."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

from dockerhub_sdk._generated.operations import OPERATIONS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = ROOT / "docs"
LEGACY_METHODS = 39  # legacy-endpoints.md: 37 HTTP calls + setLoginToken + setCacheOptions
LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def nav_pages(entries: object) -> list[str]:
    """The pages named in a mkdocs ``nav`` (nested lists of ``{title: page-or-list}``)."""
    if isinstance(entries, str):
        return [entries]
    if isinstance(entries, list):
        return [page for entry in entries for page in nav_pages(entry)]
    assert isinstance(entries, dict)
    return [page for value in entries.values() for page in nav_pages(value)]


def test_readme_opens_with_exactly_the_demo_and_test_commands() -> None:
    block = README.split("```")[1]
    assert block.split() == ["make", "demo", "make", "test"]


def test_readme_is_a_quickstart_of_at_most_150_lines() -> None:
    assert len(README.splitlines()) <= 150


def test_every_page_of_docs_is_in_the_site_navigation() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    pages = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md"))
    assert sorted(nav_pages(config["nav"])) == pages


def test_every_link_to_a_page_from_the_readme_and_the_docs_resolves() -> None:
    broken = []
    for page in [ROOT / "README.md", *DOCS.rglob("*.md")]:
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if not (page.parent / target).resolve().is_file():
                broken.append(f"{page.relative_to(ROOT)} -> {target}")
    assert broken == []


def test_the_docs_map_every_javascript_method_to_an_sdk_call() -> None:
    mapping = (DOCS / "js-mapping.md").read_text(encoding="utf-8")
    js = {op.js_name for op in OPERATIONS.values() if op.js_name} | {
        "setLoginToken",
        "setCacheOptions",
    }
    assert len(js) == LEGACY_METHODS
    missing = [name for name in sorted(js) if f"| `{name}` | `hub." not in mapping]
    assert missing == []


def test_make_check_builds_the_site_strictly_with_the_docs_group_installed() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    stamp_rule = makefile.split("$(STAMP): $(RUNTIME)\n", 1)[1].split("\n\n", 1)[0]
    check_rule = makefile.split("\ncheck: $(STAMP)\n", 1)[1].split("\n\n", 1)[0]
    assert "--group docs" in stamp_rule
    assert "$(MKDOCS) build --strict" in check_rule
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    docs_group = " ".join(pyproject["dependency-groups"]["docs"])
    for package in ("mkdocs~=", "mkdocs-material~=", "mkdocstrings~=", "mkdocstrings-python~="):
        assert package in docs_group
