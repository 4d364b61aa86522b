"""``python -m codegen [--check]``: regenerate from spec/dockerhub.yaml, or check freshness."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codegen.errors import SpecError
from codegen.generate import check, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen",
        description="Generate the SDK, fakehub's routes and spec/openapi.json from the spec.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 naming every generated file that is stale",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=Path(__file__).resolve().parent.parent,
        help="the project root (default: this checkout)",
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            bad = check(args.root)
            for rel in bad:
                print(f"stale: {rel}", file=sys.stderr)
            if bad:
                print("run `python -m codegen` to regenerate", file=sys.stderr)
                return 1
            return 0
        for rel in write(args.root):
            print(f"wrote {rel}")
        return 0
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
