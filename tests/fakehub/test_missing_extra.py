"""Without the ``fakehub`` extra (Flask, PyJWT, waitress, google-re2), the command, the fixtures and
``fakehub.mock`` say which extra to install instead of a bare ``ModuleNotFoundError``. The
missing module is simulated by ``None`` in ``sys.modules`` (what makes ``import flask`` fail)."""

from __future__ import annotations

import sys

import pytest

import fakehub
from fakehub import pytest_plugin
from fakehub._extra import MissingExtraError, main

INSTALL = "pip install 'dockerhub-sdk[fakehub]'"


@pytest.fixture(params=["flask", "jwt", "waitress", "re2"])
def missing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    name: str = request.param
    monkeypatch.setitem(sys.modules, name, None)
    return name


def test_the_command_names_the_extra_to_install(
    missing: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--help"]) == 1
    err = capsys.readouterr().err
    assert INSTALL in err and f"missing: {missing}" in err and "Traceback" not in err


def test_the_command_runs_when_the_extra_is_installed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0 and "usage: fakehub" in capsys.readouterr().out


def test_the_fixtures_fail_naming_the_extra_to_install(missing: str) -> None:
    start = pytest_plugin.fakehub_server.__wrapped__()  # type: ignore[attr-defined]
    with pytest.raises(pytest.fail.Exception, match=r"fixtures needs the 'fakehub' extra"):
        next(start)


def test_fakehub_mock_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "flask", None)
    monkeypatch.delitem(sys.modules, "fakehub.mocking", raising=False)
    with pytest.raises(MissingExtraError, match=r"fakehub\.mock needs the 'fakehub' extra") as e:
        fakehub.mock  # noqa: B018
    assert INSTALL in str(e.value) and e.value.__cause__ is None and e.value.__suppress_context__
    assert isinstance(e.value, ModuleNotFoundError)
