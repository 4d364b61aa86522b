"""Credentials in the spec: `secret: true` fields, the check that one named like a credential
is not left unmarked, and how the OpenAPI document marks them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from codegen.errors import SpecError
from codegen.load import load_spec, parse_spec

FIXTURES = Path(__file__).parent / "fixtures"
PATH = "spec/dockerhub.yaml"

CREDENTIAL_NAME = re.compile(
    r"token|passw|secret|otp|credential|api_?key|private_key|deploykey|(^|_)key$|(^|_)code$"
)
"""Field names that suggest a credential."""

NOT_CREDENTIALS = {
    ("AccessToken", "token_label"): "a token's name, shown in the web page",
    ("AccessTokenCreate", "token_label"): "a token's name",
    ("AccessTokenUpdate", "token_label"): "a token's name",
    ("ApiTokenCreate", "token_label"): "a token's name (hub-tool's /v2/api_tokens)",
    ("Build", "build_code"): "a build's id in its URL",
    ("BuildDetails", "build_code"): "a build's id in its URL",
    ("BuildResults", "build_code"): "a build's id in its URL",
    ("BuildTriggerEvent", "build_code"): "a build's id in its URL",
    ("TriggeredBuild", "build_code"): "a build's id in its URL",
    ("AutomatedBuild", "deploykey"): "the public SSH key to add to the source repository",
    ("ScimServiceProviderConfig", "change_password"): "whether SCIM can change passwords",
}
"""Fields named like a credential that were reviewed and are not one."""


def _spec_fields(root: Path) -> dict[tuple[str, str], bool]:
    spec = load_spec(root / "spec" / "dockerhub.yaml")
    return {(m.name, f.name): f.secret for m in spec.models for f in m.fields}


def test_every_field_named_like_a_credential_is_secret_or_reviewed(root: Path) -> None:
    unmarked = {
        key
        for key, secret in _spec_fields(root).items()
        if CREDENTIAL_NAME.search(key[1]) and not secret and key not in NOT_CREDENTIALS
    }
    assert unmarked == set(), (
        "mark these `secret: true` in spec/dockerhub.yaml, or list them in NOT_CREDENTIALS "
        "with the reason"
    )


def test_the_reviewed_list_names_only_existing_unmarked_fields(root: Path) -> None:
    fields = _spec_fields(root)
    for key in NOT_CREDENTIALS:
        assert fields.get(key) is False, key
        assert CREDENTIAL_NAME.search(key[1]), key


def test_openapi_marks_every_secret_field(root: Path) -> None:
    spec = load_spec(root / "spec" / "dockerhub.yaml")
    schemas = json.loads((root / "spec" / "openapi.json").read_text(encoding="utf-8"))[
        "components"
    ]["schemas"]
    for model in spec.models:
        for field in model.fields:
            prop = schemas[model.name]["properties"][field.wire]
            assert (prop.get("x-secret"), prop.get("format")) == (
                (True, "password") if field.secret else (None, prop.get("format"))
            ), (model.name, field.name)


def test_openapi_makes_secrets_of_request_only_models_write_only(root: Path) -> None:
    schemas = json.loads((root / "spec" / "openapi.json").read_text(encoding="utf-8"))[
        "components"
    ]["schemas"]
    assert schemas["LoginRequest"]["properties"]["password"]["writeOnly"] is True
    assert schemas["AuthTokenRequest"]["properties"]["secret"]["writeOnly"] is True
    assert "writeOnly" not in schemas["LoginResponse"]["properties"]["token"]


def _mini() -> str:
    return (FIXTURES / "mini.yaml").read_text(encoding="utf-8")


def test_the_mini_spec_has_a_secret_field() -> None:
    widget = parse_spec(_mini(), PATH).model("Widget")
    assert [f.name for f in widget.fields if f.secret] == ["key"]


@pytest.mark.parametrize("typ", ["int", '"list[str]"', "Part", "datetime"])
def test_secret_applies_to_str_fields_only(typ: str) -> None:
    text = _mini().replace("key: {type: str,", f"key: {{type: {typ},")
    with pytest.raises(SpecError) as info:
        parse_spec(text, PATH)
    assert info.value.line == next(
        i for i, line in enumerate(text.splitlines(), 1) if "secret: true" in line
    )
    assert "field Widget.key: secret applies to str fields only" in info.value.message


def test_secret_must_be_a_boolean() -> None:
    text = _mini().replace("secret: true", "secret: yes please")
    with pytest.raises(SpecError) as info:
        parse_spec(text, PATH)
    assert "field Widget.key.secret must be true or false" in info.value.message
