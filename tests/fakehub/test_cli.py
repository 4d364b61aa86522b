"""The ``fakehub`` command, in-process: options, environment variables, refusals, output.

``main``/``parse_args`` take ``argv`` and ``environ``, so nothing here starts a process; what
needs a real socket and a restart is in ``test_cli_serve.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dockerhub_sdk import __version__
from fakehub.app import create_app
from fakehub.cli import (
    ENVIRONMENT,
    demo_logins,
    main,
    parse_args,
    remote_warning,
)
from fakehub.demo import DEMO_ORG_ACCESS_TOKEN, DEMO_SCIM_TOKENS, DEMO_TOTP_SECRETS, DEMO_USERS

NO_ENV: dict[str, str] = {}


def usage_error(capsys: pytest.CaptureFixture[str], argv: list[str], **environ: str) -> str:
    """The message of a command line that exits 2."""
    with pytest.raises(SystemExit) as exit_info:
        parse_args(argv, environ)
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def test_version_prints_the_distributions_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"], NO_ENV)
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"fakehub {__version__}\n"


@pytest.mark.parametrize("port", ["99999", "65536", "-1"])
def test_an_out_of_range_port_is_refused_naming_the_range(
    capsys: pytest.CaptureFixture[str], port: str
) -> None:
    message = usage_error(capsys, ["serve", "--port", port])
    assert f"argument --port: {int(port)} is out of range: a port is 0 to 65535" in message


@given(port=st.integers())
def test_a_port_is_accepted_exactly_when_it_is_0_to_65535(port: int) -> None:
    try:
        args = parse_args(["serve", "--port", str(port)], NO_ENV)
    except SystemExit:
        assert not 0 <= port <= 65535
    else:
        assert args.port == port


def test_the_defaults_are_loopback_port_5555_and_nothing_loaded() -> None:
    args = parse_args(["serve"], NO_ENV)
    assert (args.host, args.port, args.demo, args.data, args.save) == (
        "127.0.0.1",
        5555,
        False,
        None,
        None,
    )
    assert (args.control_token, args.secret, args.allow_remote, args.quiet) == (
        None,
        None,
        False,
        False,
    )


def test_every_option_can_come_from_its_environment_variable() -> None:
    environ = {
        "FAKEHUB_HOST": "::1",
        "FAKEHUB_PORT": "0",
        "FAKEHUB_REGISTRY_PORT": "0",
        "FAKEHUB_DEMO": "true",
        "FAKEHUB_DATA": "in.json",
        "FAKEHUB_SAVE": "out.json",
        "FAKEHUB_SECRET": "s3cret",
        "FAKEHUB_CONTROL_TOKEN": "t0ken",
        "FAKEHUB_ALLOW_REMOTE": "1",
        "FAKEHUB_QUIET": "yes",
        "FAKEHUB_RATE_LIMIT": "7",
        "FAKEHUB_STRICT_BODIES": "on",
    }
    assert set(environ) == set(ENVIRONMENT.values())
    args = parse_args(["serve"], environ)
    assert vars(args) == {
        "command": "serve",
        "host": "::1",
        "port": 0,
        "registry_port": 0,
        "demo": True,
        "data": "in.json",
        "save": "out.json",
        "secret": "s3cret",
        "control_token": "t0ken",
        "allow_remote": True,
        "quiet": True,
        "rate_limit": 7,
        "strict_bodies": True,
    }


def test_a_flag_wins_over_its_environment_variable() -> None:
    environ = {"FAKEHUB_PORT": "6000", "FAKEHUB_HOST": "localhost", "FAKEHUB_RATE_LIMIT": "3"}
    args = parse_args(["serve", "--port", "7000", "--rate-limit", "9"], environ)
    assert (args.host, args.port, args.rate_limit) == ("localhost", 7000, 9)


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("FAKEHUB_PORT", "99999", "FAKEHUB_PORT: 99999 is out of range"),
        ("FAKEHUB_PORT", "five", "FAKEHUB_PORT: not an integer: 'five'"),
        ("FAKEHUB_DEMO", "maybe", "FAKEHUB_DEMO: not a boolean: 'maybe' (accepted: 1, true"),
        ("FAKEHUB_RATE_LIMIT", "0", "FAKEHUB_RATE_LIMIT: must be at least 1"),
        ("FAKEHUB_CONTROL_TOKEN", "two words", "FAKEHUB_CONTROL_TOKEN: must be one or more"),
        ("FAKEHUB_SECRET", "", "FAKEHUB_SECRET: must not be empty"),
    ],
)
def test_a_bad_environment_variable_is_refused_naming_it(
    capsys: pytest.CaptureFixture[str], variable: str, value: str, expected: str
) -> None:
    message = usage_error(capsys, ["serve"], **{variable: value})
    assert f"environment variable {expected}" in message


@given(variable=st.sampled_from(sorted(ENVIRONMENT.values())), value=st.text(max_size=30))
def test_any_environment_value_is_taken_or_refused_with_a_usage_error(
    variable: str, value: str
) -> None:
    environ = {variable: value, "FAKEHUB_ALLOW_REMOTE": "1"}
    try:
        parse_args(["serve"], environ)
    except SystemExit as exc:
        assert exc.code == 2


def test_a_false_environment_flag_is_off() -> None:
    assert parse_args(["serve"], {"FAKEHUB_DEMO": "0"}).demo is False


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.com", "10.0.0.1"])
def test_a_non_loopback_host_is_refused_without_allow_remote(
    capsys: pytest.CaptureFixture[str], host: str
) -> None:
    message = usage_error(capsys, ["serve", "--host", host])
    assert f"refusing to listen on {host}: not a loopback address" in message
    assert "--allow-remote" in message


@pytest.mark.parametrize("host", ["0.0.0.0", "example.com"])
def test_allow_remote_lets_any_host_be_bound(host: str) -> None:
    assert parse_args(["serve", "--host", host, "--allow-remote"], NO_ENV).host == host
    assert parse_args(["serve", "--host", host], {"FAKEHUB_ALLOW_REMOTE": "1"}).host == host


def test_a_remote_host_without_a_control_token_is_warned_about() -> None:
    args = parse_args(["serve", "--host", "0.0.0.0", "--allow-remote"], NO_ENV)
    warning = remote_warning(args)
    assert warning is not None
    assert "listening on 0.0.0.0 with no control token" in warning


@pytest.mark.parametrize(
    "argv",
    [
        ["--host", "0.0.0.0", "--allow-remote", "--control-token", "t0k"],
        ["--host", "127.0.0.1"],
        ["--host", "localhost", "--allow-remote"],
    ],
)
def test_no_warning_with_a_control_token_or_on_loopback(argv: list[str]) -> None:
    assert remote_warning(parse_args(["serve", *argv], NO_ENV)) is None


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_hosts_need_no_flag(host: str) -> None:
    assert parse_args(["serve", "--host", host], NO_ENV).host == host


def test_an_ipv6_host_may_come_in_brackets() -> None:
    assert parse_args(["serve", "--host", "[::1]"], NO_ENV).host == "::1"
    assert parse_args(["serve"], {"FAKEHUB_HOST": "[::1]"}).host == "::1"


def test_a_control_token_with_a_space_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    message = usage_error(capsys, ["serve", "--control-token", "a b"])
    assert "argument --control-token: must be one or more printable ASCII characters" in message


def serve_help(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        main(["serve", "--help"], NO_ENV)
    return " ".join(capsys.readouterr().out.split())


def test_serve_help_names_every_environment_variable_and_says_flags_win(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = serve_help(capsys)
    for variable in ENVIRONMENT.values():
        assert f"[env {variable}]" in text
    assert "an option given on the command line wins over its variable" in text


def test_serve_help_describes_the_demo_data_as_it_is(capsys: pytest.CaptureFixture[str]) -> None:
    text = serve_help(capsys)
    assert f"the users {', '.join(DEMO_USERS)}" in text
    for twofa_user in DEMO_TOTP_SECRETS:
        assert f"{twofa_user} with two-factor authentication" in text
    for org in DEMO_SCIM_TOKENS:
        assert f"the organization {org} with a SCIM token" in text


def test_the_demo_logins_name_every_user_password_and_token() -> None:
    text = "\n".join(demo_logins())
    for username, password in DEMO_USERS.items():
        assert f"user {username} / {password}" in text
    for secret in [*DEMO_TOTP_SECRETS.values(), *DEMO_SCIM_TOKENS.values()]:
        assert secret in text
    for org in DEMO_SCIM_TOKENS:
        assert f"organization {org}" in text
    assert DEMO_ORG_ACCESS_TOKEN in text


def test_a_demo_login_works_as_printed() -> None:
    line = next(line for line in demo_logins() if "user bob /" in line)
    username, password = line.split("user ", 1)[1].split(" / ")
    client = create_app(demo=True).test_client()
    response = client.post("/v2/users/login/", json={"username": username, "password": password})
    assert response.status_code == 200


def test_a_deeply_nested_data_file_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "deep.json"
    data.write_text("[" * 100_000 + "]" * 100_000)
    assert main(["serve", "--port", "0", "--data", str(data)], NO_ENV) == 2
    assert f"fakehub: {data}: not JSON fakehub accepts: arrays and objects nest" in (
        capsys.readouterr().err
    )


def test_a_missing_data_file_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    assert main(["serve", "--port", "0", "--data", str(missing)], NO_ENV) == 2
    assert f"fakehub: cannot read {missing}: No such file or directory" in capsys.readouterr().err


def test_the_server_docs_table_every_environment_variable_with_its_flag() -> None:
    page = Path(__file__).resolve().parents[2] / "docs" / "fakehub" / "server.md"
    text = page.read_text(encoding="utf-8")
    for dest, variable in ENVIRONMENT.items():
        flag = "--" + dest.replace("_", "-")
        assert re.search(rf"^\| `{flag}[^`]*` \| `{variable}` \|", text, re.M), variable


def test_save_refuses_to_overwrite_a_file_the_run_does_not_start_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "hub.json"
    saved.write_text('{"users": []}')
    assert main(["serve", "--port", "0", "--save", str(saved)], NO_ENV) == 2
    message = capsys.readouterr().err
    assert f"{saved} exists and --save would overwrite it at shutdown: pass --data" in message
    assert saved.read_text() == '{"users": []}'


def test_save_refuses_a_different_data_file_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved, seed = tmp_path / "hub.json", tmp_path / "seed.json"
    saved.write_text('{"users": []}')
    seed.write_text('{"users": []}')
    assert main(["serve", "--port", "0", "--data", str(seed), "--save", str(saved)], NO_ENV) == 2
    assert "exists and --save would overwrite it" in capsys.readouterr().err
