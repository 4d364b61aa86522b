"""The SDK against fakehub in-process: a cached GET against an uncached one (the baseline),
and walking nginx's tags with page_size 100 against page_size 10."""

from __future__ import annotations

from _common import best_of, row

from dockerhub_sdk import DockerHub, WSGITransport
from fakehub.app import create_app


def main() -> list[str]:
    app = create_app(demo=True)
    cold = DockerHub(base_url="http://fakehub.test", transport=WSGITransport(app), cache=False)
    warm = DockerHub(base_url="http://fakehub.test", transport=WSGITransport(app))
    warm.repositories.get(None, "nginx")
    miss = best_of(lambda: cold.repositories.get(None, "nginx"), number=200)
    hit = best_of(lambda: warm.repositories.get(None, "nginx"), number=200)
    walk_10 = best_of(lambda: list(cold.tags.iter(None, "nginx", page_size=10)), number=3)
    walk_100 = best_of(lambda: list(cold.tags.iter(None, "nginx", page_size=100)), number=3)
    return [
        "### One repository read (baseline: an uncached GET through fakehub in-process)",
        "",
        "| what | time per call | ratio |",
        "|---|---|---|",
        row("GET, cache off (baseline)", miss, miss),
        row("GET, cache hit (re-parsed from the stored bytes)", hit, miss),
        "",
        "### Walking all 180 nginx tags (baseline: page_size 10)",
        "",
        "| what | time per walk | ratio |",
        "|---|---|---|",
        row("page_size=10, 18 requests (baseline)", walk_10, walk_10),
        row("page_size=100, 2 requests", walk_100, walk_10),
    ]


if __name__ == "__main__":
    print("\n".join(main()))
