"""fakehub's URL rules (fakehub.http.rules): one URL map per process, shared by every
application, and URL builders compiled on first use, not per app."""

from __future__ import annotations

import pytest
from werkzeug.routing import Map, Rule

from fakehub.app import create_app
from fakehub.http.rules import LazyBuildRule


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The endpoints whose URL builders werkzeug compiles from now on, in order."""
    endpoints: list[str] = []
    compile_builder = Rule._compile_builder

    def spy(rule: Rule, append_unknown: bool = True) -> object:
        endpoints.append(str(rule.endpoint))
        return compile_builder(rule, append_unknown)

    monkeypatch.setattr(Rule, "_compile_builder", spy)
    return endpoints


def test_a_new_app_compiles_no_url_builder_of_its_routes(compiled: list[str]) -> None:
    create_app()
    # Flask itself adds the static route, before create_app can choose the rule class
    assert set(compiled) <= {"static"}


def test_a_url_is_built_by_compiling_its_rules_builder_once(compiled: list[str]) -> None:
    rule = LazyBuildRule(
        "/v2/repositories/<namespace>/<repository>/tags/<tag>/", endpoint="tags_get"
    )
    adapter = Map([rule]).bind("fakehub.test")
    assert compiled == []
    values = {"namespace": "alice", "repository": "app", "tag": "v 1"}

    first = adapter.build("tags_get", values)
    again = adapter.build("tags_get", {**values, "tag": "latest"})

    assert (first, again) == (
        "/v2/repositories/alice/app/tags/v%201/",
        "/v2/repositories/alice/app/tags/latest/",
    )
    assert compiled == ["tags_get"]


def test_every_app_serves_its_rules_from_one_map_built_once(compiled: list[str]) -> None:
    first = create_app()
    compiled.clear()
    assert create_app(demo=True).url_map is first.url_map
    assert compiled == []


def test_each_app_sharing_the_map_answers_from_its_own_state() -> None:
    empty, demo = create_app().test_client(), create_app(demo=True).test_client()
    assert empty.get("/v2/users/alice/").status_code == 404
    assert demo.get("/v2/users/alice/").status_code == 200


def test_a_rule_added_to_one_app_is_refused_as_it_would_reach_every_app() -> None:
    app = create_app()
    with pytest.raises(RuntimeError, match="share their URL map"):
        app.add_url_rule("/extra/", endpoint="extra", view_func=lambda: "")
    assert "extra" not in {rule.endpoint for rule in create_app().url_map.iter_rules()}
