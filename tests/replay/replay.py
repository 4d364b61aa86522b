"""Replay the recorded client calls against today's fakehub, in-process.

Each fixture row of ``clients/*.json`` is sent, with demo values, to a fresh
``create_app(demo=True)`` (so a DELETE never disturbs the next row) through Flask's test
client, logged in as the demo user ``alice``. The answer is judged with the client's own
rules (``decode.py``). ``python -m tests.replay.replay`` rewrites ``baseline.json``.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from fakehub import create_app
from fakehub.demo import DEMO_INVITE_ID, DEMO_SCIM_TOKENS, DEMO_TOTP_SECRETS, DEMO_USERS
from fakehub.totp import totp
from tests.replay.decode import decode_go, decode_strict_model

HERE = Path(__file__).parent
CLIENT_FILES = ("hub_tool.json", "terraform_provider.json", "dockerhub_api.json", "scim_idp.json")
OFFICIAL = HERE.parents[1].parent / "shared" / "reference" / "docker-hub-openapi" / "latest.yaml"
OFFICIAL_FALLBACK = Path("/work/shared/reference/docker-hub-openapi/latest.yaml")
READS = frozenset({"GET", "HEAD"})
NOW = datetime.datetime(2024, 11, 27, 12, 0, 0, tzinfo=datetime.UTC)
"""A fixed clock: tokens, TOTP codes and dates are the same on every run."""


def load_fixtures() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in CLIENT_FILES:
        rows += json.loads((HERE / "clients" / name).read_text())
    return rows


def load_structs() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((HERE / "clients" / "structs.json").read_text())
    return doc


def official_operations() -> set[tuple[str, str]]:
    """(METHOD, path with parameters as {} and no trailing slash) of Docker's description."""
    path = OFFICIAL if OFFICIAL.exists() else OFFICIAL_FALLBACK
    if not path.exists():
        return set()
    doc = yaml.safe_load(path.read_text())
    ops = set()
    for template, item in doc.get("paths", {}).items():
        for method in item:
            if method in {"get", "put", "post", "patch", "delete", "head"}:
                ops.add((method.upper(), normalize(template)))
                if method == "get":
                    ops.add(("HEAD", normalize(template)))
    return ops


def normalize(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", template).rstrip("/")


class Session:
    """A fresh demo fakehub and the values the rows' ``$placeholders`` stand for."""

    def __init__(self) -> None:
        self.app = create_app(demo=True, clock=lambda: NOW)
        self.http = self.app.test_client()
        self._values: dict[str, Any] = {}
        self.token = self._login("alice")

    def _login(self, username: str) -> str:
        r = self.http.post(
            "/v2/users/login/", json={"username": username, "password": DEMO_USERS[username]}
        )
        return str(r.get_json()["token"])

    def _get(self, path: str, token: str | None = None) -> Any:
        r = self.http.get(path, headers={"Authorization": f"Bearer {token or self.token}"})
        return r.get_json()

    def value(self, name: str) -> Any:
        if name not in self._values:
            self._values[name] = self._resolvers()[name]()
        return self._values[name]

    def _resolvers(self) -> dict[str, Callable[[], Any]]:
        def new_pat() -> Any:
            r = self.http.post(
                "/v2/access-tokens",
                json={"token_label": "replay", "scopes": ["repo:read"]},
                headers={"Authorization": f"Bearer {self.token}"},
            )
            return r.get_json()["uuid"]

        def login_2fa_token() -> Any:
            r = self.http.post(
                "/v2/users/login", json={"username": "carol", "password": DEMO_USERS["carol"]}
            )
            return r.get_json()["login_2fa_token"]

        return {
            "token_uuid": new_pat,
            "pat_uuid": new_pat,
            "oat_id": lambda: self._get("/v2/orgs/acme/access-tokens")["results"][0]["id"],
            "team_id": lambda: self._get("/v2/orgs/acme/groups/developers")["id"],
            "invite_id": lambda: DEMO_INVITE_ID,
            "account_id": lambda: self._get("/v2/user/")["id"],
            "org_id": lambda: self._get("/v2/user/orgs/")["results"][0]["id"],
            "login_2fa_token": login_2fa_token,
            "scim_user_id": lambda: self._get("/v2/scim/2.0/Users", DEMO_SCIM_TOKENS["acme"])[
                "Resources"
            ][0]["id"],
        }

    def fill(self, value: Any) -> Any:
        """``value`` with every ``"$name"`` string replaced by the session's value."""
        if isinstance(value, str) and value.startswith("$"):
            return self.value(value[1:])
        if isinstance(value, list):
            return [self.fill(v) for v in value]
        if isinstance(value, dict):
            return {k: self.fill(v) for k, v in value.items()}
        return value


def request_of(row: Mapping[str, Any], session: Session) -> dict[str, Any]:
    """The request (path, query, headers, body bytes) the row's client sends, demo-filled."""
    params = session.fill(row["path_params"])
    path = re.sub(r"\{([^}]+)\}", lambda m: str(params[m.group(1)]), row["path_template"])
    token = DEMO_SCIM_TOKENS["acme"] if row["path_template"].startswith("/v2/scim/") else None
    headers = {
        k: v.replace("{token}", token or session.token).replace("{version}", "replay")
        for k, v in row["headers"].items()
    }
    body = session.fill(row["body"])
    if row["id"].endswith("login_2fa") or row["id"].endswith("two_factor_login"):
        body["code"] = totp(DEMO_TOTP_SECRETS["carol"], NOW.timestamp())
    data = None
    if body is not None:
        data = json.dumps(body, separators=(",", ":")).encode()
        if "NewEncoder" in (row["body_encoding"] or ""):
            data += b"\n"
    return {"path": path, "query": row["raw_query"], "headers": headers, "data": data}


def judge(row: Mapping[str, Any], status: int, raw: bytes, structs: Mapping[str, Any]) -> list[str]:
    """What stops the client from using a 2xx answer (empty: it decodes)."""
    type_name = row["response_struct"]
    if type_name is None:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return ["body is not JSON (Go: unexpected end of JSON input / invalid character)"]
    if row["client"] == "dockerhub-api":
        return decode_strict_model(value, type_name, structs[row["client"]])
    target: Any = [type_name[1:-1]] if type_name.startswith("[") else type_name
    return decode_go(value, target, structs[row["client"]])


def replay_row(
    row: Mapping[str, Any],
    structs: Mapping[str, Any],
    official: set[Any],
    session: Session | None = None,
) -> dict[str, Any]:
    """Send ``row`` (to ``session``, or to a fresh demo fakehub) and judge the answer."""
    session = session or Session()
    req = request_of(row, session)
    url = req["path"] + ("?" + req["query"] if req["query"] else "")
    resp = session.http.open(url, method=row["method"], headers=req["headers"], data=req["data"])
    status = resp.status_code
    lo, hi = row["status_ok"]
    accepted = lo <= status <= hi
    problems = (
        judge(row, status, resp.data, structs) if accepted and row["method"] != "HEAD" else []
    )
    decodes = None if not accepted or row["response_struct"] is None else not problems
    detail = ""
    if not accepted:
        try:
            answer = json.loads(resp.data)
            detail = str(answer.get("detail", ""))
            if answer.get("errors"):
                detail += " " + json.dumps(answer["errors"], sort_keys=True)
        except (ValueError, AttributeError):
            detail = resp.data[:200].decode("utf-8", "replace")
    return {
        "id": row["id"],
        "client": row["client"],
        "call": row["command_or_resource"] + (f" [{row['step']}]" if row["step"] else ""),
        "method": row["method"],
        "path_template": row["path_template"],
        "in_official_description": (row["method"], normalize(row["path_template"])) in official,
        "status": status,
        "client_accepts_status": accepted,
        "decodes": decodes,
        "problems": problems[:8],
        "missing": missing(row, status, accepted, problems, detail),
    }


def missing(
    row: Mapping[str, Any], status: int, accepted: bool, problems: list[str], detail: str
) -> str:
    if accepted and not problems:
        return ""
    if status in (404, 405) and not accepted:
        return (
            f"route: fakehub answers {status} to {row['method']} {row['path_template']} ({detail})"
        )
    if not accepted:
        return f"fakehub answers {status}: {detail}"
    return f"response shape: {len(problems)} field(s) the client cannot decode"


def baseline() -> list[dict[str, Any]]:
    structs = load_structs()
    official = official_operations()
    shared = Session()  # reads share one fakehub; every write gets a fresh one
    return [
        replay_row(row, structs, official, shared if row["method"] in READS else None)
        for row in load_fixtures()
    ]


TABLES_START = "<!-- the tables below are written by `python -m tests.replay.replay` -->"
TABLES_END = "<!-- end of the written tables -->"


def works(row: Mapping[str, Any]) -> bool:
    """Whether the client takes this answer: a status it accepts, and a body it decodes."""
    return bool(row["client_accepts_status"]) and row["decodes"] is not False


def tables(rows: Sequence[Mapping[str, Any]], fixtures: Sequence[Mapping[str, Any]]) -> str:
    """One Markdown table per client of what today's fakehub answers each call (**bold**:
    the client fails), with a count line per client, as README.md shows them."""
    queries = {f["id"]: f["raw_query"] for f in fixtures}
    clients: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        clients.setdefault(row["client"], []).append(row)
    out = []
    for client, mine in clients.items():
        good = sum(1 for r in mine if works(r))
        out += [f"### {client}", "", f"{good} of {len(mine)} calls work.", ""]
        out.append(
            "| call | request | today | decodes? | in Docker's description? | what is missing |"
        )
        out.append("|---|---|---|---|---|---|")
        for r in mine:
            query = queries.get(r["id"], "")
            request = f"`{r['method']} {r['path_template']}{'?' + query if query else ''}`"
            status = str(r["status"]) if r["client_accepts_status"] else f"**{r['status']}**"
            decodes = {True: "yes", False: "**no**", None: "–"}[r["decodes"]]
            official = "yes" if r["in_official_description"] else "no"
            missing = str(r["missing"]).replace("|", "\\|")
            out.append(
                f"| {r['call']} | {request} | {status} | {decodes} | {official} | {missing} |"
            )
        out.append("")
    return "\n".join(out)


def write_tables(readme: Path, text: str) -> None:
    """Replace what stands between the README's two table markers with ``text``."""
    content = readme.read_text()
    head, start, rest = content.partition(TABLES_START)
    _, end, tail = rest.partition(TABLES_END)
    if not start or not end:
        raise SystemExit(f"{readme}: the markers {TABLES_START!r} / {TABLES_END!r} are missing")
    readme.write_text(f"{head}{start}\n\n{text}\n{end}{tail}")


def main(argv: list[str]) -> int:
    rows = baseline()
    out = HERE / "baseline.json"
    out.write_text(json.dumps(rows, indent=2) + "\n")
    write_tables(HERE / "README.md", tables(rows, load_fixtures()))
    ok = sum(1 for r in rows if works(r))
    print(f"{len(rows)} calls, {ok} work with today's fakehub; wrote {out} and the README's tables")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
