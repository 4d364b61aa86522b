"""The built-in demo data: deterministic, and pinned so that a refactoring of how
``fakehub.demo`` builds it cannot change it unnoticed."""

from __future__ import annotations

import hashlib
import json

from fakehub.demo import demo_document

PINNED_SHA256 = "7b2616dcc9fe526b7129ced690fa8cb4cb2ac1bcc6bf562f2f674831c1a1d361"
"""sha256 of ``json.dumps(demo_document(), sort_keys=True)``. A deliberate change to the
demo data updates it (print the new digest with the expression above)."""


def _digest() -> str:
    return hashlib.sha256(json.dumps(demo_document(), sort_keys=True).encode()).hexdigest()


def test_the_demo_document_is_the_pinned_one() -> None:
    assert _digest() == PINNED_SHA256


def test_the_official_images_are_listed_in_the_documented_order() -> None:
    names = [r["name"] for r in demo_document()["repositories"] if r["namespace"] == "library"]
    assert names == ["nginx", "ubuntu", "alpine", "redis", "postgres", "python"]


def test_each_demo_document_is_a_copy_that_changing_leaves_the_next_whole() -> None:
    changed = demo_document()
    changed["users"][0]["username"] = "mallory"
    nginx = next(r for r in changed["repositories"] if r["name"] == "nginx")
    nginx["tags"][0]["images"][0]["size"] = -1  # an image the release's other tags share
    nginx["tags"].clear()
    assert _digest() == PINNED_SHA256


def test_the_tags_of_one_release_share_their_images_in_every_copy() -> None:
    nginx = next(r for r in demo_document()["repositories"] if r["name"] == "nginx")
    image_lists = {id(t["images"]) for t in nginx["tags"]}
    assert len(image_lists) < len(nginx["tags"])
