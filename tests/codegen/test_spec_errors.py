"""A broken spec gives `spec/dockerhub.yaml:LINE: what is wrong`, and nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen.__main__ import main
from codegen.errors import SpecError
from codegen.ir import OperationDef
from codegen.load import parse_spec

FIXTURES = Path(__file__).parent / "fixtures"
PATH = "spec/dockerhub.yaml"


def _mini() -> str:
    return (FIXTURES / "mini.yaml").read_text(encoding="utf-8")


def _error(text: str) -> SpecError:
    with pytest.raises(SpecError) as info:
        parse_spec(text, PATH)
    return info.value


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def _export(text: str) -> OperationDef:
    """The mini spec's ``widgets.export`` (its text operation), parsed from ``text``."""
    return next(op for op in parse_spec(text, PATH).operations if op.id == "widgets.export")


def test_the_mini_spec_is_valid() -> None:
    spec = parse_spec(_mini(), PATH)
    assert [op.id for op in spec.operations] == [
        "widgets.list",
        "widgets.create",
        "widgets.delete",
        "widgets.exists",
        "widgets.export",
        "store.get_blob",
        "store.delete_blob",
        "store_auth.token",
    ]
    export = _export(_mini())
    assert export.response_kind == "text"
    assert export.media_type == "text/csv"


def test_unknown_type_names_the_type_and_the_known_ones() -> None:
    text = _mini().replace("id: {type: int}", "id: {type: integer}")
    err = _error(text)
    assert err.line == _line_of(text, "id: {type: integer}")
    assert "unknown type 'integer'" in err.message
    assert "known types: str, int" in err.message


def test_missing_path_parameter_names_the_placeholder() -> None:
    text = _mini().replace("          widget_id: {in: path, type: int, minimum: 1}\n", "")
    err = _error(text)
    assert err.line == _line_of(text, "path: /v2/widgets/{namespace}/{widget_id}/")
    assert "path parameter {widget_id} is not declared in params" in err.message


def test_path_param_absent_from_the_path_is_an_error() -> None:
    text = _mini().replace("color: {in: query, type: str}", "color: {in: path, type: str}")
    err = _error(text)
    assert err.line == _line_of(text, "color: {in: path")
    assert "the path has no {color}" in err.message


def test_duplicate_operation_name_points_at_the_second_definition() -> None:
    text = _mini().replace("      delete:\n", "      create:\n")
    err = _error(text)
    assert "duplicate key 'create'" in err.message
    assert err.line == len(text[: text.rindex("      create:")].splitlines()) + 1


def test_two_operations_with_the_same_method_and_path_are_duplicates() -> None:
    text = (
        _mini()
        .replace("method: DELETE", "method: GET")
        .replace("/v2/widgets/{namespace}/{widget_id}/", "/v2/widgets/{namespace}/")
        .replace("          widget_id: {in: path, type: int, minimum: 1}\n", "")
    )
    err = _error(text)
    assert (
        "duplicate operation: GET /v2/widgets/{namespace}/ is already defined by widgets.list"
        in (err.message)
    )


def test_bad_yaml_reports_the_line_of_the_problem() -> None:
    text = _mini().replace("  Part:\n", "  Part:\n    fields: [unclosed\n", 1)
    err = _error(text)
    assert err.message.startswith("invalid YAML")
    assert err.line >= _line_of(text, "fields: [unclosed")


def test_unknown_key_lists_the_allowed_ones() -> None:
    text = _mini().replace("name: {type: str, description: Its name.}", "name: {typ: str}")
    err = _error(text)
    assert err.line == _line_of(text, "name: {typ: str}")
    assert "unknown key 'typ'" in err.message and "allowed: type" in err.message


def test_unknown_format_is_an_error() -> None:
    text = _mini().replace("name: {type: str, format: namespace}", "name: {type: str, format: ns}")
    err = _error(text)
    assert "unknown format 'ns'; known formats: namespace" in err.message


def test_unknown_body_model_is_an_error() -> None:
    text = _mini().replace("body: WidgetCreate", "body: WidgetMake")
    err = _error(text)
    assert err.line == _line_of(text, "body: WidgetMake")
    assert "unknown model 'WidgetMake'" in err.message


def test_default_of_the_wrong_type_is_an_error() -> None:
    text = _mini().replace("default: red", "default: 3")
    err = _error(text)
    assert "default 3 does not fit type Color" in err.message


def test_template_over_an_unknown_path_parameter_is_an_error() -> None:
    text = _mini().replace('template: "{namespace}"', 'template: "{owner}"')
    err = _error(text)
    assert "templates {owner}, which is not a path parameter" in err.message


def test_path_without_trailing_slash_is_an_error() -> None:
    text = _mini().replace(
        "path: /v2/widgets/{namespace}/\n        auth: required",
        "path: /v2/widgets/{namespace}\n        auth: required",
    )
    err = _error(text)
    assert "must start with /v2/ or /api/billing/ and end with /" in err.message


def test_path_under_another_prefix_is_an_error_naming_the_accepted_ones() -> None:
    text = _mini().replace(
        "path: /v2/widgets/{namespace}/\n        auth: required",
        "path: /api/other/widgets/{namespace}/\n        auth: required",
    )
    err = _error(text)
    assert err.line == _line_of(text, "path: /api/other/widgets/{namespace}/")
    assert "must start with /v2/ or /api/billing/ and end with /" in err.message


def test_check_on_a_non_head_operation_is_an_error() -> None:
    text = _mini().replace("method: HEAD", "method: GET")
    err = _error(text)
    assert err.line == _line_of(text, "check: true")
    assert "only HEAD operations are checks" in err.message


def test_head_operation_without_check_is_an_error() -> None:
    text = _mini().replace("        check: true\n", "")
    err = _error(text)
    assert err.line == _line_of(text, "method: HEAD")
    assert "a HEAD operation needs `check: true`" in err.message


def test_check_with_a_response_is_an_error() -> None:
    check = "        check: true\n"
    text = _mini().replace(check, f"{check}        response: Widget\n")
    err = _error(text)
    assert err.line == _line_of(text, "check: true")
    assert "a check has no response" in err.message


def test_negative_min_length_is_an_error() -> None:
    text = _mini().replace("min_length: 2", "min_length: -1")
    err = _error(text)
    assert "need 0 <= min_length <= max_length" in err.message


def test_cli_prints_the_error_and_writes_nothing(
    tmp_path: Path, root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for rel in ("spec", "dockerhub_sdk/_generated", "fakehub/_generated"):
        shutil.copytree(root / rel, tmp_path / rel, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(root / "pyproject.toml", tmp_path / "pyproject.toml")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    spec = tmp_path / PATH
    spec.write_text(spec.read_text(encoding="utf-8").replace("type: bool", "type: boolean", 1))

    assert main(["--root", str(tmp_path)]) == 2

    err = capsys.readouterr().err
    assert err.startswith(f"{PATH}:") and "unknown type 'boolean'" in err
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert {p: b for p, b in after.items() if p != spec} == {
        p: b for p, b in before.items() if p != spec
    }


def test_a_text_response_without_a_media_type_is_an_error() -> None:
    text = _mini().replace("        media_type: text/csv\n", "")
    err = _error(text)
    assert err.line == _line_of(text, "response: text")
    assert "`response: text` needs a media_type" in err.message


def test_a_text_media_type_on_a_json_response_is_an_error() -> None:
    text = _mini().replace("response: text", "response: Widget")
    err = _error(text)
    assert err.line == _line_of(text, "media_type: text/csv")
    assert "media_type of a JSON response must be an application/...+json" in err.message
    assert "not 'text/csv'" in err.message


def test_a_json_media_type_is_carried_by_a_json_operation() -> None:
    text = (
        _mini()
        .replace("response: text", "response: Widget")
        .replace("media_type: text/csv", "media_type: application/scim+json")
    )
    op = _export(text)
    assert op.response_kind == "model"
    assert op.media_type == "application/scim+json"


def test_plain_application_json_as_a_media_type_is_an_error() -> None:
    text = (
        _mini()
        .replace("response: text", "response: Widget")
        .replace("media_type: text/csv", "media_type: application/json")
    )
    err = _error(text)
    assert err.line == _line_of(text, "media_type: application/json")
    assert "must be an application/...+json media type" in err.message


def test_a_text_media_type_on_an_operation_without_a_response_is_an_error() -> None:
    text = _mini().replace("        response: text\n", "")
    err = _error(text)
    assert err.line == _line_of(text, "media_type: text/csv")
    assert "a text/... media_type applies to `response: text` only" in err.message


def test_a_json_media_type_on_an_operation_without_a_response_types_its_errors() -> None:
    text = (
        _mini()
        .replace("        response: text\n", "")
        .replace("media_type: text/csv", "media_type: application/scim+json")
    )
    op = _export(text)
    assert op.response_kind == "none"
    assert op.media_type == "application/scim+json"


def test_scim_is_an_auth_mode() -> None:
    text = (
        _mini()
        .replace("response: text", "response: Widget")
        .replace("media_type: text/csv", "media_type: application/scim+json")
    )
    text = text.replace(
        "path: /v2/widgets/{namespace}/export/\n        auth: required",
        "path: /v2/widgets/{namespace}/export/\n        auth: scim",
    )
    assert _export(text).auth == "scim"


def test_a_non_text_media_type_is_an_error() -> None:
    text = _mini().replace("media_type: text/csv", "media_type: application/json")
    err = _error(text)
    assert err.line == _line_of(text, "media_type: application/json")
    assert "must be a text/... media type" in err.message


def test_a_paginated_text_response_is_an_error() -> None:
    text = _mini().replace(
        "        media_type: text/csv\n", "        media_type: text/csv\n        paginated: true\n"
    )
    err = _error(text)
    assert "a text response is not paginated" in err.message


_PAGINATED = "        paginated: true\n"


def test_a_paging_style_must_be_a_known_one() -> None:
    text = _mini().replace(_PAGINATED, "        paginated: {style: cursor}\n")
    err = _error(text)
    assert err.line == _line_of(text, "style: cursor")
    assert "'cursor' must be one of count, total, data, logs, scim" in err.message


def test_extra_page_counts_apply_to_the_count_and_total_styles_only() -> None:
    text = _mini().replace(_PAGINATED, "        paginated: {style: logs, extra: [active]}\n")
    assert "extra applies to the count and total styles" in _error(text).message


def test_an_extra_page_count_cannot_shadow_a_page_field() -> None:
    text = _mini().replace(_PAGINATED, "        paginated: {style: total, extra: [next]}\n")
    assert "extra 'next' must be a lower_snake_case name other than" in _error(text).message


def test_the_implicit_scim_paging_parameters_cannot_be_declared() -> None:
    text = _mini().replace(_PAGINATED, "        paginated: {style: scim}\n")
    text = text.replace("color: {in: query, type: str}", "count: {in: query, type: int}")
    err = _error(text)
    assert err.line == _line_of(text, "paginated: {style: scim}")
    assert "count: start_index and count are implicit" in err.message


def test_each_paging_style_implies_its_own_query_parameters() -> None:
    implied = {}
    for style in ("count", "total", "data", "logs", "scim"):
        text = _mini().replace(_PAGINATED, f"        paginated: {{style: {style}}}\n")
        op = parse_spec(text, PATH).operations[0]
        assert op.pagination is not None and op.pagination.style == style
        implied[style] = [p.wire for p in op.params if p.location == "query" and p.name != "color"]
    assert implied == {
        "count": ["page", "page_size"],
        "total": ["page", "page_size"],
        "data": [],
        "logs": ["page", "page_size"],
        "scim": ["startIndex", "count"],
    }


def test_extra_page_counts_name_a_generated_page_class() -> None:
    text = _mini().replace(_PAGINATED, "        paginated: {style: count, extra: [active]}\n")
    pagination = parse_spec(text, PATH).operations[0].pagination
    assert pagination is not None
    assert (pagination.extra, pagination.page_class) == (("active",), "WidgetPage")


def test_dict_keys_must_be_strings() -> None:
    text = _mini().replace('type: "dict[str, Part]"', 'type: "dict[int, Part]"')
    err = _error(text)
    assert err.line == _line_of(text, "dict[int, Part]")
    assert "dict[str, T]" in err.message


def test_dict_default_must_map_strings_to_the_value_type() -> None:
    text = _mini().replace("default: {a: b}", "default: {a: 1}")
    err = _error(text)
    assert err.line == _line_of(text, "default: {a: 1}")
