"""The ``access`` key of resources and operations: what a token made from a personal or an
organization access token may do (see spec/README.md, "Access facts").

A resource's ``access`` gives defaults to its operations that read a login token; an
operation's own ``access`` overrides them; what neither says is derived from the operation
(its method, session and path parameters). Each mistake raises
:class:`~codegen.errors.SpecError` at the line of the value that causes it.
"""

from __future__ import annotations

import attrs
import yaml
from attrs import frozen

from codegen.ir import ORG_TOKEN_RULES, PAT_SCOPES, OperationDef, OrgTokenRule, PatScope
from codegen.yamlnodes import Source

__all__ = ["ACCESS_KEYS", "AccessKeys", "read_access", "resolve_access"]

ACCESS_KEYS = ("pat_scope", "public_read_anonymous", "org_token")
ORG_PARAMS = ("org_name", "org")
"""The path parameters that name the organization of an ``org_token: members`` operation."""


@frozen(kw_only=True)
class AccessKeys:
    """What one ``access`` mapping says, each value with the node it came from."""

    pat_scope: tuple[PatScope, yaml.Node] | None = None
    public_read_anonymous: tuple[bool, yaml.Node] | None = None
    org_token: tuple[OrgTokenRule, yaml.Node] | None = None

    def over(self, defaults: AccessKeys) -> AccessKeys:
        """These keys, and ``defaults``' where these say nothing."""
        return AccessKeys(
            pat_scope=self.pat_scope or defaults.pat_scope,
            public_read_anonymous=self.public_read_anonymous or defaults.public_read_anonymous,
            org_token=self.org_token or defaults.org_token,
        )


def read_access(src: Source, node: yaml.Node, where: str) -> AccessKeys:
    """Read an ``access`` mapping, checking its keys and values."""
    what = f"{where}.access"
    m = src.mapping(node, what, allowed=ACCESS_KEYS)
    pat_scope = org_token = None
    if "pat_scope" in m:
        value_node = m["pat_scope"][1]
        value = src.string(value_node, f"{what}.pat_scope")
        if value not in PAT_SCOPES:
            src.fail(
                value_node,
                f"{what}.pat_scope {value!r} must be one of {', '.join(PAT_SCOPES)}",
            )
        pat_scope = (value, value_node)
    anonymous = None
    if "public_read_anonymous" in m:
        value_node = m["public_read_anonymous"][1]
        anonymous = (src.boolean(value_node, f"{what}.public_read_anonymous"), value_node)
    if "org_token" in m:
        value_node = m["org_token"][1]
        value = src.string(value_node, f"{what}.org_token")
        if value not in ORG_TOKEN_RULES:
            src.fail(
                value_node,
                f"{what}.org_token {value!r} must be one of {', '.join(ORG_TOKEN_RULES)}",
            )
        org_token = (value, value_node)
    return AccessKeys(pat_scope=pat_scope, public_read_anonymous=anonymous, org_token=org_token)


def resolve_access(
    src: Source,
    op: OperationDef,
    own: tuple[AccessKeys, yaml.Node] | None,
    inherited: AccessKeys,
) -> OperationDef:
    """``op`` with its access facts: its own ``access``, else its resource's, else derived."""
    where = f"operation {op.id}"
    if not op.reads_login:
        if own is not None:
            src.fail(
                own[1],
                f"{where}: access applies to operations with auth optional or required "
                f"(no login token is read with auth {op.auth})",
            )
        return op
    keys = own[0].over(inherited) if own is not None else inherited
    is_read = op.method in ("GET", "HEAD")
    path = {p.name for p in op.params if p.location == "path"}

    pat_scope: PatScope = "repo:public_read" if is_read or op.session == "logout" else "repo:write"
    if keys.pat_scope is not None:
        pat_scope = keys.pat_scope[0]
    anonymous = False
    if keys.public_read_anonymous is not None:
        anonymous, node = keys.public_read_anonymous
        if anonymous and (op.method != "GET" or pat_scope != "repo:public_read"):
            src.fail(
                node,
                f"{where}: public_read_anonymous applies to GET operations whose pat_scope "
                f"is repo:public_read (this one: {op.method}, {pat_scope})",
            )

    org_token: OrgTokenRule = "refused"
    if op.session == "logout":
        org_token = "any"
    elif {"namespace", "repository"} <= path:
        org_token = "repository"
    elif is_read and op.auth == "optional":
        org_token = "anonymous"
    if keys.org_token is not None:
        org_token, node = keys.org_token
        if org_token == "repository" and not {"namespace", "repository"} <= path:
            src.fail(
                node,
                f"{where}: org_token: repository needs the path parameters "
                "{namespace} and {repository}",
            )
        if org_token == "members" and not path & set(ORG_PARAMS):
            src.fail(
                node,
                f"{where}: org_token: members needs the organization as a path parameter "
                f"({' or '.join('{' + name + '}' for name in ORG_PARAMS)})",
            )
        if org_token == "anonymous" and not (is_read and op.auth == "optional"):
            src.fail(
                node,
                f"{where}: org_token: anonymous applies to GET or HEAD operations with "
                "auth optional",
            )
    return attrs.evolve(
        op, pat_scope=pat_scope, public_read_anonymous=anonymous, org_token=org_token
    )
