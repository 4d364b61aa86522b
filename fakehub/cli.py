"""The ``fakehub`` command (also ``python -m fakehub``).

::

    fakehub serve [--host 127.0.0.1] [--port 5555] [--demo] [--data FILE] [--quiet]
                  [--rate-limit N]

``serve`` prints one line, ``fakehub listening on http://HOST:PORT``, on stdout (flushed) once
the socket is bound, so a script that passes ``--port 0`` can read the port it got. It serves
until interrupted (Ctrl-C or SIGTERM) and then exits 0. ``--data`` loads a JSON document (see
``fakehub.state.State.load``) after the demo data, if any; a bad one exits 2 naming the problem.
``--rate-limit N`` allows each caller N requests per minute (429 beyond; see
``POST /_fakehub/rate-limit``).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from collections.abc import Sequence
from types import FrameType
from typing import Any

from fakehub.bounds import load_json

__all__ = ["main"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5555


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fakehub", description="An in-memory fake of the Docker Hub API."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = commands.add_parser("serve", help="serve the fake Docker Hub over HTTP")
    serve.add_argument("--host", default=DEFAULT_HOST, help=f"address to bind ({DEFAULT_HOST})")
    serve.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port to bind; 0 picks a free one ({DEFAULT_PORT})",
    )
    serve.add_argument(
        "--demo", action="store_true", help="load demo data (official images, alice and bob)"
    )
    serve.add_argument("--data", metavar="FILE", help="load this JSON document of users and repos")
    serve.add_argument("--quiet", action="store_true", help="do not log each request")
    serve.add_argument(
        "--rate-limit",
        type=_positive_int,
        metavar="N",
        help="allow each caller N requests per minute, then answer 429 (default: no limit)",
    )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def _read_data(path: str) -> Any:
    """The document of ``--data FILE``; a message on stderr and exit status 2 when it cannot
    be read or is not JSON within :mod:`fakehub.bounds`."""
    try:
        with open(path, "rb") as handle:
            return load_json(handle.read())
    except OSError as exc:
        problem = f"cannot read {path}: {exc.strerror}"
    except ValueError as exc:  # malformed, or beyond fakehub.bounds
        problem = f"{path}: not JSON fakehub accepts: {exc}"
    print(f"fakehub: {problem}", file=sys.stderr)
    raise SystemExit(2)


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def serve(args: argparse.Namespace) -> int:
    from fakehub.app import create_app
    from fakehub.serving import make_server
    from fakehub.state import Invalid

    data = _read_data(args.data) if args.data else None
    try:
        app = create_app(demo=args.demo, data=data, rate_limit=args.rate_limit)
    except Invalid as exc:
        print(f"fakehub: {args.data}: {exc.message}", file=sys.stderr)
        return 2
    if not args.quiet:
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        logging.getLogger("waitress").setLevel(logging.WARNING)
    try:
        server = make_server(app, args.host, args.port, quiet=args.quiet)
    except OSError as exc:
        print(f"fakehub: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"fakehub listening on http://{host}:{server.port}", flush=True)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "serve":
        return serve(args)
    parser.print_help(sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
