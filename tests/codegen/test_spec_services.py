"""The `service` key: registry and token-service resources, validated with file and line, and
kept out of the Hub API's generated resource classes and fakehub's route table."""

from __future__ import annotations

import json
from pathlib import Path

from codegen.emit_fakehub import emit_fakehub
from codegen.emit_openapi import emit_openapi
from codegen.emit_sdk import emit_sdk
from codegen.load import parse_spec
from tests.codegen.test_spec_errors import PATH, _error, _line_of, _mini


def test_an_unknown_service_names_the_line_and_the_accepted_values() -> None:
    text = _mini().replace("service: registry", "service: registery")
    err = _error(text)
    assert err.path == PATH
    assert err.line == _line_of(text, "service: registery")
    assert "service 'registery' must be one of hub, registry, auth" in err.message


def test_a_registry_resource_needs_the_registry_origin_in_info() -> None:
    text = _mini().replace("  registry_url: https://registry.example.test\n", "")
    err = _error(text)
    assert err.line == _line_of(text, "service: registry")
    assert "needs info.registry_url" in err.message


def test_a_registry_path_may_omit_the_trailing_slash() -> None:
    ops = {op.id: op for op in parse_spec(_mini(), PATH).operations}
    assert ops["store.get_blob"].path == "/v2/{namespace}/blobs/{ref}"
    assert ops["store.get_blob"].service == "registry"


def test_a_registry_path_ending_with_a_slash_is_an_error() -> None:
    text = _mini().replace(
        "path: /v2/{namespace}/blobs/{ref}\n", "path: /v2/{namespace}/b/{ref}/\n"
    )
    err = _error(text)
    assert err.line == _line_of(text, "/v2/{namespace}/b/{ref}/")
    assert "must start with /v2/ and, but for /v2/ itself, not end with /" in err.message


def test_a_hub_path_still_needs_its_trailing_slash() -> None:
    text = _mini().replace("/v2/widgets/{namespace}/export/", "/v2/widgets/{namespace}/export")
    err = _error(text)
    assert "must start with /v2/ or /api/billing/ and end with /" in err.message


def test_a_hub_key_on_a_registry_operation_is_an_error() -> None:
    text = _mini().replace(
        "        summary: Delete a blob.\n", "        summary: Delete a blob.\n        js: nope\n"
    )
    err = _error(text)
    assert err.line == _line_of(text, "js: nope")
    assert "`js` is a Hub API key; a registry operation has none" in err.message


def test_accept_on_a_hub_operation_is_an_error() -> None:
    text = _mini().replace(
        "        response: text\n",
        "        response: text\n        accept: {application/vnd.x+json: Blob}\n",
    )
    err = _error(text)
    assert err.line == _line_of(text, "accept: {application/vnd.x+json")
    assert "`accept` is for registry operations" in err.message


def test_accept_refuses_a_media_type_that_is_not_json() -> None:
    text = _mini().replace("application/vnd.example.two+json: Blob", "text/plain: Blob")
    err = _error(text)
    assert err.line == _line_of(text, "text/plain: Blob")
    assert "'text/plain' must be an application/...+json media type" in err.message


def test_accept_names_known_models_only() -> None:
    text = _mini().replace("application/vnd.example.two+json: Blob", "application/x+json: Blub")
    err = _error(text)
    assert err.line == _line_of(text, "application/x+json: Blub")
    assert "unknown model 'Blub'" in err.message


def test_a_registry_delete_may_answer_202_without_a_body() -> None:
    ops = {op.id: op for op in parse_spec(_mini(), PATH).operations}
    assert (ops["store.delete_blob"].status, ops["store.delete_blob"].response_kind) == (
        202,
        "none",
    )


def test_registry_operations_get_no_generated_resource_class_and_no_fakehub_route() -> None:
    spec = parse_spec(_mini(), PATH)
    resources = emit_sdk(spec)["dockerhub_sdk/_generated/resources.py"]
    routes = emit_fakehub(spec, "{}")["fakehub/_generated/routes.py"]
    assert "class StoreResource" not in resources
    assert "store.get_blob" not in routes
    assert "'widgets.list'" in routes


def test_the_operation_table_carries_the_service_and_the_negotiated_models() -> None:
    table = emit_sdk(parse_spec(_mini(), PATH))["dockerhub_sdk/_generated/operations.py"]
    assert "service='registry'" in table
    assert "('application/vnd.example.one+json', Blob)" in table


def test_openapi_gives_registry_paths_their_own_server() -> None:
    doc = json.loads(emit_openapi(parse_spec(_mini(), PATH)))
    assert doc["servers"] == [{"url": "https://hub.example.test"}]
    blob = doc["paths"]["/v2/{namespace}/blobs/{ref}"]
    assert blob["servers"][0]["url"] == "https://registry.example.test"
    assert doc["paths"]["/token"]["servers"][0]["url"] == "https://auth.example.test"
    content = blob["get"]["responses"]["200"]["content"]
    assert sorted(content) == [
        "application/vnd.example.one+json",
        "application/vnd.example.two+json",
    ]
    assert blob["get"]["security"] == [{}, {"registryBearerAuth": []}]
    assert blob["delete"]["responses"]["404"] == {"$ref": "#/components/responses/RegistryError404"}
    assert "x-access" not in blob["get"]


def test_the_real_openapi_document_documents_both_services() -> None:
    root = Path(__file__).resolve().parents[2]
    doc = json.loads((root / "spec" / "openapi.json").read_text(encoding="utf-8"))
    manifest = doc["paths"]["/v2/{namespace}/{repository}/manifests/{reference}"]
    assert manifest["servers"][0]["url"] == "https://registry-1.docker.io"
    assert (
        "application/vnd.oci.image.index.v1+json"
        in (manifest["get"]["responses"]["200"]["content"])
    )
    assert doc["paths"]["/token"]["servers"][0]["url"] == "https://auth.docker.io"
    assert doc["paths"]["/v2/repositories/{namespace}/{repository}/"].get("servers") is None


def test_a_service_origin_must_be_an_http_url_without_a_trailing_slash() -> None:
    text = _mini().replace("https://registry.example.test", "registry.example.test/")
    err = _error(text)
    assert err.line == _line_of(text, "registry_url: registry.example.test/")
    assert "info.registry_url must be an http(s) URL without a trailing /" in err.message
