"""Every sample body of the JavaScript library's README parses into the models and serializes
back to equal JSON: an independent check that the spec's models are Docker Hub's wire format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dockerhub_sdk._generated.converter import converter, strict_converter
from dockerhub_sdk._generated.operations import OPERATIONS

SAMPLES = json.loads((Path(__file__).parent / "js_readme_samples.json").read_text("utf-8"))[
    "samples"
]


def _items(sample: dict[str, Any]) -> list[Any]:
    op = OPERATIONS[sample["operation"]]
    body = sample["body"]
    if op.response_kind in ("page", "list"):
        assert isinstance(body, list)
        return body
    return [body]


@pytest.mark.parametrize("sample", SAMPLES, ids=[s["operation"] for s in SAMPLES])
def test_sample_round_trips_to_equal_json(sample: dict[str, Any]) -> None:
    op = OPERATIONS[sample["operation"]]
    assert op.response is not None
    for item in _items(sample):
        model = converter.structure(item, op.response)
        assert json.loads(json.dumps(converter.unstructure(model))) == item


@pytest.mark.parametrize("sample", SAMPLES, ids=[s["operation"] for s in SAMPLES])
def test_sample_has_no_field_the_models_lack(sample: dict[str, Any]) -> None:
    op = OPERATIONS[sample["operation"]]
    assert op.response is not None
    for item in _items(sample):
        strict_converter.structure(item, op.response)


def test_every_operation_with_a_readme_sample_is_covered() -> None:
    covered = {s["operation"] for s in SAMPLES}
    with_bodies = {
        op_id
        for op_id, op in OPERATIONS.items()
        if op.response_kind != "none"
        and op.js_name  # operations the JavaScript library does not have: no README sample
        and op.js_name not in ("login", "setRepositoryDescription", "addCollaboratorToGroup")
    }
    # The README shows no body for these three: login's {token}, setRepositoryDescription's
    # repository (the same as repository()'s) and addCollaboratorToGroup.
    assert with_bodies - covered == set()
