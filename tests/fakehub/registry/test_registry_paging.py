"""The registry's tag list pages: following ``Link`` from any page size visits every tag that
names a manifest exactly once, in lexical order."""

from __future__ import annotations

import itertools
import re

from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fakehub.backend import get_backend
from tests.depth import depth
from tests.fakehub.registry.conftest import Token, push
from tests.fakehub.registry.images import AMD64

TAGS = st.sets(st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,8}", fullmatch=True), max_size=12)
LINK = re.compile(r'<(?P<next>[^>]+)>; rel="next"')
REPOS = itertools.count()
"""A new repository per example: the app is shared by a test's examples."""


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=depth(30))
@given(tags=TAGS, n=st.integers(min_value=1, max_value=5))
def test_following_the_links_lists_every_tag_once_in_order(
    registry: FlaskClient, auth: Token, tags: set[str], n: int
) -> None:
    name = f"paging-{next(REPOS)}"
    headers = auth("alice", f"repository:alice/{name}:pull,push")
    push(registry, headers, f"alice/{name}", AMD64, "seed")
    state = get_backend(registry.application).state
    for tag in tags:
        state.put_manifest("alice", "alice", name, tag, AMD64.manifest, AMD64.media_type)
    seen: list[str] = []
    url: str | None = f"/v2/alice/{name}/tags/list?n={n}"
    while url is not None and len(seen) <= len(tags) + 1:
        answer = registry.get(url, headers=headers)
        page = answer.get_json()["tags"]
        assert len(page) <= n
        seen += page
        match = LINK.fullmatch(answer.headers.get("Link", ""))
        url = match.group("next") if match else None
    assert seen == sorted(tags | {"seed"})
