"""The ``fakehub`` command (also ``python -m fakehub``).

::

    fakehub --version
    fakehub serve [--host 127.0.0.1] [--port 5555] [--registry-port 0] [--demo]
                  [--data FILE] [--save FILE] [--secret SECRET] [--control-token TOKEN]
                  [--allow-remote] [--quiet] [--rate-limit N] [--strict-bodies]

Every option of ``serve`` can also come from an environment variable (:data:`ENVIRONMENT`:
``FAKEHUB_HOST``, ``FAKEHUB_PORT``, ...; a flag given on the command line wins over its
variable). A bad value, from either, exits 2 naming it and what is accepted.

``serve`` prints one line, ``fakehub listening on http://HOST:PORT``, on stdout (flushed) once
the socket is bound, so a script that passes ``--port 0`` can read the port it got, then
``fakehub registry listening on http://HOST:PORT``: the registry and its token service
(:mod:`fakehub.registry`, on its own port: ``--registry-port``, 0 by default, picks a free
one); with ``--demo``, the demo logins follow. It serves until interrupted (Ctrl-C or
SIGTERM) and then exits 0. ``--data`` loads a JSON document (see
``fakehub.state.State.load``) after the demo data, if any; a bad one exits 2 naming the
problem. ``--save FILE`` writes the state there at shutdown, atomically
(:mod:`fakehub.persistence`), in the form ``--data`` reads back.
``--secret`` signs login tokens; without it, a secret kept beside the ``--save`` file (or the
``--data`` file) in ``FILE.secret`` is used, made on the first start: tokens then survive a
restart. ``--rate-limit N`` allows each caller N requests per minute (429 beyond; see ``POST
/_fakehub/rate-limit``). ``--strict-bodies`` answers 400 to request-body fields the API does not
know, where Docker Hub (and fakehub by default) ignores them.

The control API (``/_fakehub/``) can read and rewrite the whole state, so ``serve`` binds only
loopback addresses unless ``--allow-remote`` is given, and ``--control-token`` makes every
``/_fakehub/`` request need ``Authorization: Bearer <token>``. The server is waitress
(:mod:`fakehub.serving`); unless ``--quiet``, it logs one plain line per request on stderr
(no colour codes, terminal or not).
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from types import FrameType
from typing import Any, Final

from dockerhub_sdk import __version__
from fakehub.bounds import load_json
from fakehub.demo import DEMO_ORG_ACCESS_TOKEN, DEMO_SCIM_TOKENS, DEMO_TOTP_SECRETS, DEMO_USERS

__all__ = [
    "ENVIRONMENT",
    "demo_logins",
    "is_loopback",
    "main",
    "parse_args",
    "remote_warning",
]

DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 5555
ENVIRONMENT: Final = {
    "host": "FAKEHUB_HOST",
    "port": "FAKEHUB_PORT",
    "registry_port": "FAKEHUB_REGISTRY_PORT",
    "demo": "FAKEHUB_DEMO",
    "data": "FAKEHUB_DATA",
    "save": "FAKEHUB_SAVE",
    "secret": "FAKEHUB_SECRET",
    "control_token": "FAKEHUB_CONTROL_TOKEN",
    "allow_remote": "FAKEHUB_ALLOW_REMOTE",
    "quiet": "FAKEHUB_QUIET",
    "rate_limit": "FAKEHUB_RATE_LIMIT",
    "strict_bodies": "FAKEHUB_STRICT_BODIES",
}
"""The environment variable of each ``serve`` option (by its argparse ``dest``)."""
_TRUE: Final = ("1", "true", "yes", "on")
_FALSE: Final = ("", "0", "false", "no", "off")
_TOKEN: Final = re.compile(r"[\x21-\x7e]+")


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(
            f"{value} is out of range: a port is 0 to 65535 (0 picks a free one)"
        )
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def _nonempty(text: str) -> str:
    if not text:
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def _host(text: str) -> str:
    """An address or name to bind; an IPv6 address may come in URL brackets (``[::1]``)."""
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    return _nonempty(text)


def _token(text: str) -> str:
    if not _TOKEN.fullmatch(text):
        raise argparse.ArgumentTypeError(
            "must be one or more printable ASCII characters, without spaces"
        )
    return text


def _flag(text: str) -> bool:
    if text.strip().lower() in _TRUE:
        return True
    if text.strip().lower() in _FALSE:
        return False
    raise argparse.ArgumentTypeError(
        f"not a boolean: {text!r} (accepted: {', '.join(_TRUE)} or {', '.join(_FALSE[1:])})"
    )


def _demo_help() -> str:
    users = ", ".join(DEMO_USERS)
    twofa = ", ".join(DEMO_TOTP_SECRETS)
    orgs = ", ".join(DEMO_SCIM_TOKENS)
    return (
        f"load the demo data: official images under library/, the users {users} ({twofa} with "
        f"two-factor authentication), the organization {orgs} with a SCIM token and an "
        "organization access token; the logins are printed at start"
    )


def _parsers() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The ``fakehub`` parser and its ``serve`` subparser."""
    parser = argparse.ArgumentParser(
        prog="fakehub", description="An in-memory fake of the Docker Hub API."
    )
    parser.add_argument("--version", action="version", version=f"fakehub {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = commands.add_parser(
        "serve",
        help="serve the fake Docker Hub over HTTP",
        description="Serve the fake Docker Hub over HTTP until interrupted (Ctrl-C, SIGTERM).",
        epilog="Each option can also be set by the environment variable named in its help; "
        "an option given on the command line wins over its variable.",
    )

    def option(*flags: str, dest: str, help: str, **kwargs: Any) -> None:
        serve.add_argument(*flags, dest=dest, help=f"{help} [env {ENVIRONMENT[dest]}]", **kwargs)

    option("--host", dest="host", type=_host, help=f"address to bind (default {DEFAULT_HOST})")
    option(
        "--port",
        dest="port",
        type=_port,
        help=f"port to bind, 0 to 65535; 0 picks a free one (default {DEFAULT_PORT})",
    )
    option(
        "--registry-port",
        dest="registry_port",
        type=_port,
        help="port of the registry and its token service, 0 to 65535; 0 picks a free one "
        "(default 0)",
    )
    option("--demo", dest="demo", action="store_true", default=None, help=_demo_help())
    option(
        "--data",
        dest="data",
        metavar="FILE",
        type=_nonempty,
        help="load this JSON document of users, organizations and repositories (the form of "
        "GET /_fakehub/state and of --save)",
    )
    option(
        "--save",
        dest="save",
        metavar="FILE",
        type=_nonempty,
        help="at shutdown, write the state to FILE atomically (read it back with --data FILE; "
        "an existing FILE must also be the --data FILE)",
    )
    option(
        "--secret",
        dest="secret",
        type=_nonempty,
        help="the secret that signs login tokens, so they survive a restart (default: kept in "
        "FILE.secret beside the --save FILE, else the --data FILE, else random); prefer the "
        "variable, which other users cannot see in ps",
    )
    option(
        "--control-token",
        dest="control_token",
        metavar="TOKEN",
        type=_token,
        help="require 'Authorization: Bearer TOKEN' on every /_fakehub/ request (default: the "
        "control API is open); prefer the variable, which other users cannot see in ps",
    )
    option(
        "--allow-remote",
        dest="allow_remote",
        action="store_true",
        default=None,
        help="allow --host to be an address other than loopback (127.0.0.1, ::1, localhost); "
        "anyone who reaches the control API can read and rewrite everything",
    )
    option("--quiet", dest="quiet", action="store_true", default=None, help="do not log requests")
    option(
        "--rate-limit",
        dest="rate_limit",
        type=_positive_int,
        metavar="N",
        help="allow each caller N requests per minute, then answer 429 (default: no limit)",
    )
    option(
        "--strict-bodies",
        dest="strict_bodies",
        action="store_true",
        default=None,
        help="refuse unknown request-body fields with 400 (Docker Hub ignores them)",
    )
    return parser, serve


_CONVERTERS: Final[Mapping[str, Callable[[str], object]]] = {
    "host": _host,
    "port": _port,
    "registry_port": _port,
    "demo": _flag,
    "data": _nonempty,
    "save": _nonempty,
    "secret": _nonempty,
    "control_token": _token,
    "allow_remote": _flag,
    "quiet": _flag,
    "rate_limit": _positive_int,
    "strict_bodies": _flag,
}
_DEFAULTS: Final[Mapping[str, object]] = {
    "host": DEFAULT_HOST,
    "port": DEFAULT_PORT,
    "registry_port": 0,
    "demo": False,
    "allow_remote": False,
    "quiet": False,
    "strict_bodies": False,
}


def is_loopback(host: str) -> bool:
    """Whether ``host`` names only this machine: ``localhost`` or a loopback address."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_args(
    argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None
) -> argparse.Namespace:
    """The command line, with every ``serve`` option not given there taken from its
    environment variable (:data:`ENVIRONMENT`), else its default. Exits 2 (argparse's
    usage error) naming a bad flag or variable, or a non-loopback host without
    ``--allow-remote``."""
    environ = os.environ if environ is None else environ
    parser, serve = _parsers()
    args = parser.parse_args(argv)
    if args.command != "serve":
        return args
    for dest, variable in ENVIRONMENT.items():
        if getattr(args, dest) is not None:
            continue
        if variable in environ:
            try:
                setattr(args, dest, _CONVERTERS[dest](environ[variable]))
            except argparse.ArgumentTypeError as exc:
                serve.error(f"environment variable {variable}: {exc}")
        else:
            setattr(args, dest, _DEFAULTS.get(dest))
    if not args.allow_remote and not is_loopback(args.host):
        serve.error(
            f"refusing to listen on {args.host}: not a loopback address, and the control API "
            "(/_fakehub/) lets anyone who reaches it read and rewrite the whole state. Pass "
            "--allow-remote (FAKEHUB_ALLOW_REMOTE=1) to listen there anyway, with "
            "--control-token (FAKEHUB_CONTROL_TOKEN) to guard the control API."
        )
    return args


def remote_warning(args: argparse.Namespace) -> str | None:
    """What ``serve`` warns on stderr when it listens beyond loopback without a control
    token, if it does."""
    if args.control_token is not None or is_loopback(args.host):
        return None
    return (
        f"fakehub: warning: listening on {args.host} with no control token: anyone who reaches "
        "it can read and rewrite the whole state through /_fakehub/ (see --control-token)"
    )


def demo_logins() -> list[str]:
    """What ``serve --demo`` prints after its URL: every demo login, the organization and
    its SCIM and access tokens."""
    lines = ["demo logins:"]
    for username, password in DEMO_USERS.items():
        line = f"  user {username} / {password}"
        if username in DEMO_TOTP_SECRETS:
            line += f" (two-factor authentication, TOTP secret {DEMO_TOTP_SECRETS[username]})"
        lines.append(line)
    for org, scim_token in DEMO_SCIM_TOKENS.items():
        lines.append(f"  organization {org}: SCIM token {scim_token}")
    lines.append(f"  organization access token {DEMO_ORG_ACCESS_TOKEN}")
    return lines


def _read_data(path: str) -> Any:
    """The document of ``--data FILE``; :class:`_Refused` when it cannot be read or is not
    JSON within :mod:`fakehub.bounds`."""
    try:
        with open(path, "rb") as handle:
            return load_json(handle.read())
    except OSError as exc:
        raise _Refused(f"cannot read {path}: {exc.strerror}") from None
    except ValueError as exc:  # malformed, or beyond fakehub.bounds
        raise _Refused(f"{path}: not JSON fakehub accepts: {exc}") from None


class _Refused(Exception):
    """A start-up problem: printed after ``fakehub: ``, exit status 2."""


def _check_save(args: argparse.Namespace) -> None:
    """Refuse to start when ``--save`` would overwrite, at shutdown, a file this run did not
    start from (a restart that forgot ``--data`` would lose the saved state)."""
    if args.save is None or not os.path.exists(args.save):
        return
    if (
        args.data is not None
        and os.path.exists(args.data)
        and os.path.samefile(args.save, args.data)
    ):
        return
    raise _Refused(
        f"{args.save} exists and --save would overwrite it at shutdown: pass --data "
        f"{args.save} to start from it, or remove it first"
    )


def _token_secret(args: argparse.Namespace) -> str | None:
    from fakehub.persistence import kept_secret

    if args.secret is not None:
        return str(args.secret)
    kept_beside = args.save or args.data
    if kept_beside is None:
        return None
    try:
        return kept_secret(kept_beside, create=args.save is not None)
    except (OSError, ValueError) as exc:
        raise _Refused(f"token secret: {exc}") from None


def _announce(args: argparse.Namespace, port: int, registry_port: int) -> None:
    """The URL lines (flushed: a script may wait for them), the demo logins, any warning."""
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"fakehub listening on http://{host}:{port}", flush=True)
    print(f"fakehub registry listening on http://{host}:{registry_port}", flush=True)
    if args.demo:
        print("\n".join(demo_logins()), flush=True)
    warning = remote_warning(args)
    if warning is not None:
        print(warning, file=sys.stderr)


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def serve(args: argparse.Namespace) -> int:
    from fakehub.app import create_app, get_backend
    from fakehub.persistence import kept_incarnations, save_state
    from fakehub.registry import create_registry_app
    from fakehub.serving import make_server
    from fakehub.state import Invalid

    try:
        _check_save(args)
        data = _read_data(args.data) if args.data else None
        secret = _token_secret(args)
    except _Refused as exc:
        print(f"fakehub: {exc}", file=sys.stderr)
        return 2
    try:
        app = create_app(
            demo=args.demo,
            data=data,
            rate_limit=args.rate_limit,
            secret=secret,
            control_token=args.control_token,
            strict_bodies=args.strict_bodies,
        )
    except Invalid as exc:
        hint = " (with --demo: a saved state already holds the demo data)" if args.demo else ""
        print(f"fakehub: {args.data}: {exc.message}{hint}", file=sys.stderr)
        return 2
    if args.data:  # the saved accounts again, not new ones of the same names: tokens live on
        try:
            get_backend(app).state.restore_incarnations(kept_incarnations(args.data))
        except (OSError, ValueError) as exc:
            print(f"fakehub: {exc}", file=sys.stderr)
            return 2
    if not args.quiet:  # one plain line per request on stderr (fakehub.serving), no colours
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        logging.getLogger("waitress").setLevel(logging.WARNING)
    try:
        server = make_server(app, args.host, args.port, quiet=args.quiet)
    except OSError as exc:
        print(f"fakehub: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    registry_app = create_registry_app(get_backend(app))
    try:
        registry = make_server(registry_app, args.host, args.registry_port, quiet=args.quiet)
    except OSError as exc:
        server.close()
        where = f"{args.host}:{args.registry_port}"
        print(f"fakehub: cannot listen on {where} (registry): {exc.strerror}", file=sys.stderr)
        return 1
    registry_thread = threading.Thread(target=registry.run, name="fakehub-registry", daemon=True)
    registry_thread.start()
    # SIGTERM stops the server from the moment its URL is printed: a supervisor may send it
    # as soon as it has read that line
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if in_main_thread else None
    try:
        _announce(args, server.port, registry.port)
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        server.close()
        registry.close()
        registry_thread.join()
    if args.save:
        backend = get_backend(app)
        try:
            save_state(args.save, backend.snapshot(), backend.state.incarnations())
        except OSError as exc:
            print(f"fakehub: cannot save the state to {args.save}: {exc}", file=sys.stderr)
            return 1
        print(f"fakehub: state saved to {args.save}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Run the command ``argv`` (default: ``sys.argv[1:]``) with the environment ``environ``
    (default: ``os.environ``); returns the exit status (argparse exits 2 on a usage error)."""
    args = parse_args(argv, environ)
    if args.command == "serve":
        return serve(args)
    _parsers()[0].print_help(sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
