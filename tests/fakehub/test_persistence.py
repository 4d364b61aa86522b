"""Saving a dev server's state atomically, and keeping its token secret beside it."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from fakehub.app import create_app, get_backend
from fakehub.persistence import (
    kept_incarnations,
    kept_secret,
    save_state,
    secret_path,
    write_atomically,
)


def test_a_saved_state_loads_back_into_the_same_state(tmp_path: Path) -> None:
    backend = get_backend(create_app(demo=True))
    target = tmp_path / "hub.json"
    save_state(target, backend.snapshot())
    again = get_backend(create_app(data=json.loads(target.read_text(encoding="utf-8"))))
    assert again.snapshot() == backend.snapshot()


def test_a_saved_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "hub.json"
    save_state(target, {"users": []})
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "hub.json"
    target.write_bytes(b"old")

    def crash(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hub.json"]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "hub.json"
    target.write_bytes(b"old")

    def refuse(source: str, destination: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hub.json"]


def test_the_new_content_replaces_the_old_in_full(tmp_path: Path) -> None:
    target = tmp_path / "hub.json"
    target.write_bytes(b"x" * 10_000)
    write_atomically(target, b"short")
    assert target.read_bytes() == b"short"


def test_the_secret_is_kept_beside_the_state_file(tmp_path: Path) -> None:
    state = tmp_path / "hub.json"
    assert secret_path(state) == tmp_path / "hub.json.secret"


def test_a_kept_secret_is_made_once_and_read_back(tmp_path: Path) -> None:
    state = tmp_path / "hub.json"
    first = kept_secret(state, create=True)
    assert first is not None and len(first) >= 32
    assert kept_secret(state, create=True) == first
    assert kept_secret(state, create=False) == first
    assert stat.S_IMODE(secret_path(state).stat().st_mode) == 0o600


def test_without_a_kept_secret_none_is_made_unless_asked(tmp_path: Path) -> None:
    state = tmp_path / "hub.json"
    assert kept_secret(state, create=False) is None
    assert not secret_path(state).exists()


def test_an_empty_secret_file_is_refused_naming_it(tmp_path: Path) -> None:
    state = tmp_path / "hub.json"
    secret_path(state).write_text("\n")
    with pytest.raises(ValueError, match=r"hub\.json\.secret: the secret file is empty"):
        kept_secret(state, create=True)


def _restart(state: Path, *, with_incarnations: bool) -> FlaskClient:
    """A server started again from ``state`` as ``fakehub serve --data`` does."""
    again = create_app(secret=kept_secret(state, create=False), data=json.loads(state.read_text()))
    if with_incarnations:
        get_backend(again).state.restore_incarnations(kept_incarnations(state))
    return again.test_client()


def _erin_token_and_saved_state(tmp_path: Path) -> tuple[str, Path]:
    state = tmp_path / "hub.json"
    secret = kept_secret(state, create=True)
    first = get_backend(
        create_app(secret=secret, data={"users": [{"username": "erin", "password": "pw"}]})
    )
    token = first.token("erin")
    save_state(state, first.snapshot(), first.state.incarnations())
    return token, state


def test_a_token_signed_with_a_kept_secret_is_valid_after_a_restart(tmp_path: Path) -> None:
    token, state = _erin_token_and_saved_state(tmp_path)
    client = _restart(state, with_incarnations=True)
    response = client.get("/v2/user/", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.get_json()["username"] == "erin"


def test_the_incarnations_are_kept_beside_the_state_file(tmp_path: Path) -> None:
    _, state = _erin_token_and_saved_state(tmp_path)
    kept = kept_incarnations(state)
    assert list(kept) == ["erin"]
    assert (tmp_path / "hub.json.incarnations").exists()


def test_without_the_kept_incarnations_a_loaded_account_is_a_new_one(tmp_path: Path) -> None:
    token, state = _erin_token_and_saved_state(tmp_path)
    client = _restart(state, with_incarnations=False)
    response = client.get("/v2/user/", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_a_state_file_with_no_incarnations_beside_it_keeps_none(tmp_path: Path) -> None:
    assert kept_incarnations(tmp_path / "hub.json") == {}


@pytest.mark.parametrize("content", ["[]", "{", '{"erin": 1}', '{"erin": ""}'])
def test_a_malformed_incarnations_file_is_refused_naming_it(tmp_path: Path, content: str) -> None:
    (tmp_path / "hub.json.incarnations").write_text(content)
    with pytest.raises(ValueError, match=r"hub\.json\.incarnations: not a JSON object"):
        kept_incarnations(tmp_path / "hub.json")
