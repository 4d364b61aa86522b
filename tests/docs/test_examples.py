"""Every Python example of README.md and docs/**/*.md runs against fakehub exactly as printed.

One test per ```` ```python ```` block, named ``page:line`` (the line of its opening fence).
What the page says around a block decides how it runs:

* a block that defines ``def test_...`` functions is a test module: it runs with pytester (in
  process, with the fakehub pytest plugin) and every test in it must pass;
* any other block is a script: it runs with ``DOCKER_HUB_BASE_URL`` (and
  ``DOCKER_HUB_REGISTRY_URL``) pointing at a fakehub serving the demo data on free ports
  (``conftest.py``'s ``demo``: one server per module, reset to the demo data before each
  block; no other ``DOCKER_HUB_*`` variable set), in a fresh temporary folder;
* ``<!-- not run: REASON -->`` on the line before the fence: the block is only compiled;
* ``<!-- output -->`` before a ```` ```text ```` fence right after a script: what the script
  must print, exactly;
* ``<!-- file: NAME -->`` before any fence: the block is a file named ``NAME`` that the
  page's later examples find in their folder (a seed document, say);
* a line ``--8<-- "PATH"`` in a block stands for the text of that file of the repository, as
  the site shows it (pymdownx.snippets).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

pytest_plugins = ("pytester",)

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

FENCE = re.compile(r"^(\s*)```(\S*)(?:\s.*)?$")  # ```python title="x.py"
SNIPPET = re.compile(r'^--8<-- "(?P<path>[^"]+)"$', re.M)  # pymdownx.snippets: a file's text
NOT_RUN = re.compile(r"^<!-- not run: (?P<reason>\S.*?) -->$")
FILE = re.compile(r"^<!-- file: (?P<name>[\w.-]+) -->$")
OUTPUT = "<!-- output -->"


@attrs.frozen
class Block:
    """One ``python`` code block of a page."""

    page: str  # relative to the repository's root
    line: int  # of the opening fence, from 1
    code: str
    not_run: str | None = None  # the reason given
    output: str | None = None  # what it must print
    files: dict[str, str] = attrs.field(factory=dict)  # the page's files before it

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line}"

    @property
    def is_test_module(self) -> bool:
        return self.test_count > 0

    @property
    def test_count(self) -> int:
        tree = ast.parse(self.code)
        return sum(
            isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
            for node in tree.body
        )

    @property
    def module_name(self) -> str:
        """A test module's name for it, unique in the repository: ``test_<page>_<line>``."""
        return "test_" + re.sub(r"\W", "_", self.page.removesuffix(".md")) + f"_{self.line}"

    def compiled(self) -> object:
        """The block compiled so that tracebacks name the page and its line numbers."""
        return compile("\n" * self.line + self.code, self.page, "exec")


def fences(lines: list[str]) -> Iterator[tuple[int, str, str, str]]:
    """``(index of the opening fence, language, body, the line before it)`` of every fence."""
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent, language = opening.groups()
        end = index + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        if end == len(lines):
            raise ValueError(f"line {index + 1}: a fence that is never closed")
        if indent and language == "python":
            raise ValueError(f"line {index + 1}: an indented python block (start it at column 1)")
        before = next((line for line in reversed(lines[:index]) if line.strip()), "")
        body = "\n".join(lines[index + 1 : end]) + "\n"
        body = SNIPPET.sub(lambda m: (ROOT / m["path"]).read_text(encoding="utf-8").rstrip(), body)
        yield index, language, body, before.strip()
        index = end + 1


def page_blocks(path: Path, root: Path = ROOT) -> list[Block]:
    """The python blocks of one page, with what the page says about each."""
    page = path.relative_to(root).as_posix()
    blocks: list[Block] = []
    files: dict[str, str] = {}
    for index, language, body, before in fences(path.read_text(encoding="utf-8").splitlines()):
        if (named := FILE.match(before)) is not None:
            files[named["name"]] = body
        elif before == OUTPUT:
            if language != "text" or not blocks or blocks[-1].not_run is not None:
                raise ValueError(f"{page}:{index + 1}: {OUTPUT} belongs before a text block")
            blocks[-1] = attrs.evolve(blocks[-1], output=body)  # after a python block
        elif language == "python":
            not_run = NOT_RUN.match(before)
            blocks.append(
                Block(
                    page=page,
                    line=index + 1,
                    code=body,
                    not_run=not_run["reason"] if not_run else None,
                    files=dict(files),
                )
            )
    return blocks


BLOCKS = [block for page in PAGES for block in page_blocks(page)]


_TEST_RUN: dict[str, list[pytest.TestReport]] = {}


def inner_session_reports(pytester: pytest.Pytester) -> dict[str, list[pytest.TestReport]]:
    """The reports of every test-module block, by file: one inner pytest session runs them all
    (each page's blocks in a folder of their own, with the page's files), the first time a
    test asks (once per process: the session and its fakehub server cost seconds)."""
    if not _TEST_RUN:
        for block in BLOCKS:
            if block.not_run is None and block.is_test_module:
                folder = pytester.path / block.module_name.rsplit("_", 1)[0]
                folder.mkdir(exist_ok=True)
                for name, text in block.files.items():
                    (folder / name).write_text(text, encoding="utf-8")
                (folder / f"{block.module_name}.py").write_text(block.code, encoding="utf-8")
                _TEST_RUN[block.module_name] = []
        recorder = pytester.inline_run("-p", "no:cacheprovider")
        for report in recorder.getreports("pytest_runtest_logreport"):
            if report.when == "call" or report.outcome != "passed":
                _TEST_RUN[Path(report.location[0]).stem].append(report)
    return _TEST_RUN


@pytest.mark.parametrize("block", BLOCKS, ids=[block.id for block in BLOCKS])
def test_the_example_runs_as_printed(
    block: Block, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    code = block.compiled()  # a block that is not run still compiles
    if block.not_run is not None:
        return
    request.getfixturevalue("demo")
    if block.is_test_module:
        reports = inner_session_reports(request.getfixturevalue("pytester"))[block.module_name]
        failures = [f"{r.nodeid} ({r.when}):\n{r.longreprtext}" for r in reports if not r.passed]
        assert failures == []
        assert len(reports) == block.test_count
        return
    for name, text in block.files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    request.getfixturevalue("monkeypatch").chdir(tmp_path)
    capsys: pytest.CaptureFixture[str] = request.getfixturevalue("capsys")
    exec(code, {"__name__": "__main__"})
    if block.output is not None:
        assert capsys.readouterr().out == block.output


def test_every_page_has_examples_and_the_readme_runs_its_own() -> None:
    pages = {block.page for block in BLOCKS if block.not_run is None}
    assert "README.md" in pages
    assert len(pages) >= 8, sorted(pages)


def test_markers_are_read_as_the_module_says(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "<!-- file: seed.json -->\n```json\n{}\n```\n\n"
        "```python\nprint(1)\n```\n<!-- output -->\n```text\n1\n```\n\n"
        "<!-- not run: needs a real account -->\n```python\nx = 1\n```\n"
        "```python\ndef test_a():\n    pass\n```\n",
        encoding="utf-8",
    )
    blocks = page_blocks(page, tmp_path)
    assert [(b.line, b.output, b.not_run, b.is_test_module) for b in blocks] == [
        (6, "1\n", None, False),
        (15, None, "needs a real account", False),
        (18, None, None, True),
    ]
    assert blocks[0].files == {"seed.json": "{}\n"}


def test_an_output_marker_without_a_script_before_it_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("<!-- output -->\n```text\n1\n```\n", encoding="utf-8")
    with pytest.raises(ValueError, match="belongs before a text block"):
        page_blocks(page, tmp_path)


def test_an_indented_python_block_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("- a list item\n\n    ```python\n    x = 1\n    ```\n", encoding="utf-8")
    with pytest.raises(ValueError, match="indented python block"):
        page_blocks(page, tmp_path)
