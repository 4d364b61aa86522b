"""Load ``spec/dockerhub.yaml`` into the IR, checking every rule of ``spec/README.md``.

Each mistake raises :class:`~codegen.errors.SpecError` naming the file and the line.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from codegen.ir import Info, Spec
from codegen.load_base import _CLASS
from codegen.load_operations import OperationLoader
from codegen.yamlnodes import Source

__all__ = ["load_spec", "parse_spec"]


def load_spec(path: Path, *, display: str | None = None) -> Spec:
    """Read and validate the spec at ``path``; errors name ``display`` (default: ``path``)."""
    text = path.read_text(encoding="utf-8")
    return parse_spec(text, display or str(path))


def parse_spec(text: str, path: str) -> Spec:
    return _Loader(Source(path, text)).spec()


class _Loader(OperationLoader):
    """Reads the whole spec: the top level here; formats, enums and models in
    ``codegen.load_models``; parameters and paging in ``codegen.load_params``; resources and
    operations in ``codegen.load_operations``."""

    # -- top level ---------------------------------------------------------------------------

    def spec(self) -> Spec:
        top = self.src.mapping(
            self.src.root,
            "the spec",
            allowed=("info", "formats", "enums", "models", "resources"),
            required=("info", "models", "resources"),
        )
        info = self.info(top["info"][1])
        self.service_urls = {
            "registry_url": info.registry_url,
            "registry_auth_url": info.registry_auth_url,
        }
        formats = self.formats(top["formats"][1]) if "formats" in top else ()
        enums = self.enums(top["enums"][1]) if "enums" in top else ()
        # Model names are known before any field is read, so fields may refer forward.
        model_entries = self.src.mapping(top["models"][1], "models")
        for name, (key, _) in model_entries.items():
            if not _CLASS.match(name):
                self.src.fail(key, f"model name {name!r} must be CapitalizedWords")
            if name in self.enum_names:
                self.src.fail(key, f"model {name!r} has the name of an enum")
            self.model_names.add(name)
        models = tuple(self.model(name, node) for name, (_, node) in model_entries.items())
        resources = self.resources(top["resources"][1], {m.name: m for m in models})
        return Spec(info=info, formats=formats, enums=enums, models=models, resources=resources)

    def info(self, node: yaml.Node) -> Info:
        m = self.src.mapping(
            node,
            "info",
            allowed=(
                "title",
                "version",
                "base_url",
                "registry_url",
                "registry_auth_url",
                "description",
            ),
            required=("title", "version", "base_url"),
        )
        urls: dict[str, str | None] = {}
        for key in ("base_url", "registry_url", "registry_auth_url"):
            if key not in m:
                urls[key] = None
                continue
            url = self.src.string(m[key][1], f"info.{key}")
            if not url.startswith(("http://", "https://")) or url.endswith("/"):
                self.src.fail(m[key][1], f"info.{key} must be an http(s) URL without a trailing /")
            urls[key] = url
        return Info(
            title=self.src.string(m["title"][1], "info.title"),
            version=self.src.string(m["version"][1], "info.version"),
            base_url=self.src.string(m["base_url"][1], "info.base_url"),
            description=self._text(m, "description", "info.description"),
            registry_url=urls["registry_url"],
            registry_auth_url=urls["registry_auth_url"],
        )
