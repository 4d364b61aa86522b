"""Parsing a page of 100 tags: the generated cattrs converter against `json.loads` alone (the
baseline: the least any client must do) and against hand-written attrs construction."""

from __future__ import annotations

import json

from _common import best_of, row

from dockerhub_sdk._converter_base import parse_datetime
from dockerhub_sdk._generated.converter import converter
from dockerhub_sdk._generated.models import Tag

TAG = {
    "name": "latest",
    "full_size": 61215330,
    "id": 1493440,
    "repository": 433668,
    "creator": 534804,
    "last_updater": 534804,
    "last_updated": "2015-12-10T08:48:48.697697Z",
    "image_id": None,
    "v2": True,
}
PAGE = json.dumps([{**TAG, "id": TAG["id"] + i, "name": f"t{i}"} for i in range(100)]).encode()


def by_hand() -> list[Tag]:
    return [
        Tag(
            name=d["name"],
            full_size=d["full_size"],
            id=d["id"],
            repository=d["repository"],
            creator=d["creator"],
            last_updater=d["last_updater"],
            last_updated=parse_datetime(d["last_updated"]),
            image_id=d["image_id"],
            v2=d["v2"],
        )
        for d in json.loads(PAGE)
    ]


def main() -> list[str]:
    baseline = best_of(lambda: json.loads(PAGE), number=200)
    hand = best_of(by_hand, number=50)
    generated = best_of(lambda: converter.structure(json.loads(PAGE), list[Tag]), number=50)
    dump = best_of(lambda: json.dumps(converter.unstructure(by_hand())), number=50)
    return [
        "### Parsing a page of 100 tags (baseline: `json.loads` of the page)",
        "",
        "| what | time per page | ratio |",
        "|---|---|---|",
        row("json.loads (baseline)", baseline, baseline),
        row("json.loads + hand-written attrs construction", hand, baseline),
        row("json.loads + generated converter (strict, validating)", generated, baseline),
        row("hand-built models → converter.unstructure → json.dumps", dump, baseline),
    ]


if __name__ == "__main__":
    print("\n".join(main()))
