"""The recorded client calls are well-formed, and the calls that work today keep working."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.replay import replay

ROWS = replay.load_fixtures()
STRUCTS = replay.load_structs()
BASELINE = {r["id"]: r for r in json.loads((replay.HERE / "baseline.json").read_text())}
KEYS = {
    "id": str,
    "client": str,
    "command_or_resource": str,
    "method": str,
    "path_template": str,
    "path_params": dict,
    "query": dict,
    "raw_query": str,
    "headers": dict,
    "status_expected": str,
    "status_ok": list,
    "source": str,
    "notes": str,
}
SCALARS = {"string", "bool", "int", "int64", "int32", "float64", "time", "any"}


def by_id(rows: list[dict[str, Any]]) -> list[Any]:
    return [pytest.param(row, id=row["id"]) for row in rows]


def type_refs(type_expr: object) -> Iterator[str]:
    if isinstance(type_expr, list):
        yield from type_refs(type_expr[0])
    elif isinstance(type_expr, dict):
        for inner in type_expr.get("union", [type_expr.get("map")]):
            yield from type_refs(inner)
    elif isinstance(type_expr, str):
        yield type_expr.lstrip("?")


def test_every_row_id_is_unique() -> None:
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("row", by_id(ROWS))
def test_a_row_has_every_field_with_its_type(row: dict[str, Any]) -> None:
    for key, kind in KEYS.items():
        assert isinstance(row[key], kind), key
    assert row["method"] in {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"}
    assert row["path_template"].startswith(("/v2/", "/api/"))
    assert "body" in row and "response_struct" in row and "step" in row


@pytest.mark.parametrize("row", by_id(ROWS))
def test_a_rows_path_params_fill_exactly_its_template(row: dict[str, Any]) -> None:
    assert set(re.findall(r"\{([^}]+)\}", row["path_template"])) == set(row["path_params"])


@pytest.mark.parametrize("row", by_id(ROWS))
def test_a_rows_raw_query_is_its_query_encoded(row: dict[str, Any]) -> None:
    assert row["raw_query"] == "&".join(f"{k}={v}" for k, v in row["query"].items())


@pytest.mark.parametrize("row", by_id(ROWS))
def test_a_rows_response_struct_is_transcribed(row: dict[str, Any]) -> None:
    if row["response_struct"] is not None:
        name = row["response_struct"].strip("[]")
        assert name in STRUCTS[row["client"]]


@pytest.mark.parametrize("client", ["hub-tool", "terraform-provider", "dockerhub-api"])
def test_every_type_a_struct_names_is_a_scalar_or_another_struct(client: str) -> None:
    structs = STRUCTS[client]
    for name, fields in structs.items():
        for key, type_expr in fields.items():
            if not key.startswith("$"):
                for ref in type_refs(type_expr):
                    assert ref in SCALARS or ref in structs, f"{name}.{key}: {ref}"


@pytest.mark.parametrize("row", by_id(ROWS))
def test_every_row_has_a_baseline_result(row: dict[str, Any]) -> None:
    assert BASELINE[row["id"]]["method"] == row["method"]


WORKING = [row for row in ROWS if BASELINE[row["id"]]["missing"] == ""]


@pytest.fixture(scope="module")
def reads() -> replay.Session:
    return replay.Session()


@pytest.mark.parametrize("row", by_id(WORKING))
def test_a_call_that_works_with_fakehub_today_keeps_working(
    row: dict[str, Any], reads: replay.Session
) -> None:
    session = reads if row["method"] in replay.READS else None
    result = replay.replay_row(row, STRUCTS, set(), session)
    assert result["missing"] == "", result["problems"]


def test_the_readme_tables_are_the_baselines() -> None:
    readme = (replay.HERE / "README.md").read_text()
    written = readme.split(replay.TABLES_START)[1].split(replay.TABLES_END)[0]
    assert written.strip() == replay.tables(list(BASELINE.values()), ROWS).strip(), (
        "tests/replay/README.md's tables are not baseline.json's: run python -m tests.replay.replay"
    )
