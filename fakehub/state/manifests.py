"""Reading pushed manifests and image configs: pure functions, no state, no lock.

:func:`parse_manifest` checks a manifest's JSON (its media type, its config and layers or its
index entries, its ``subject``) and returns the :class:`~fakehub.state.entities.registry.Manifest`
to store; :func:`config_platform` reads an image config blob's platform. Both read bounded
JSON (:func:`fakehub.bounds.load_json`: linear time) and raise :class:`RegistryError` with
the OCI code of what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from fakehub.bounds import load_json
from fakehub.state.entities.registry import (
    IMAGE_MEDIA_TYPES,
    INDEX_MEDIA_TYPES,
    MANIFEST_MEDIA_TYPES,
    Manifest,
    Platform,
    digest_of,
    is_digest,
)
from fakehub.state.errors import FakehubError

__all__ = ["RegistryError", "config_platform", "parse_manifest"]

_OCI_EMPTY_CONFIG: Final = "application/vnd.oci.empty.v1+json"


class RegistryError(FakehubError):
    """A registry request that breaks an OCI rule: ``code`` is the OCI error code
    (``MANIFEST_INVALID``, ``BLOB_UNKNOWN``...), which the registry's HTTP layer maps to
    its status."""

    def __init__(self, code: str, message: str, detail: object = None) -> None:
        super().__init__(message)
        self.code = code
        self.detail = detail


def _invalid(message: str) -> RegistryError:
    return RegistryError("MANIFEST_INVALID", f"manifest invalid: {message}")


def _descriptor(value: object, where: str) -> tuple[str, int, Mapping[str, Any]]:
    if not isinstance(value, dict):
        raise _invalid(f"{where} must be an object with digest and size")
    digest, size = value.get("digest"), value.get("size")
    if not isinstance(digest, str) or not is_digest(digest):
        raise RegistryError(
            "DIGEST_INVALID", f"{where}.digest: expected sha256:<64 hex> or sha512:<128 hex>"
        )
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise _invalid(f"{where}.size must be a non-negative integer")
    return digest, size, value


def _platform(value: object) -> Platform | None:
    if not isinstance(value, dict):
        return None
    architecture, os_name = value.get("architecture"), value.get("os")
    variant = value.get("variant")
    if not isinstance(architecture, str) or not isinstance(os_name, str):
        return None
    return Platform(
        architecture=architecture,
        os=os_name,
        variant=variant if isinstance(variant, str) and variant else None,
    )


def _annotations(value: object) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise _invalid("annotations must map strings to strings")
    return tuple((str(k), v) for k, v in value.items())


def parse_manifest(data: bytes, content_type: str | None) -> Manifest:
    """The manifest ``data`` (sent with ``content_type``) as it will be stored, or
    :class:`RegistryError` (``MANIFEST_INVALID``, ``DIGEST_INVALID``) naming what is wrong.

    The media type is the ``Content-Type`` when it is a manifest type, else the body's
    ``mediaType``; when both are given they must agree."""
    try:
        doc = load_json(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _invalid(f"not JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise _invalid("expected a JSON object")
    declared = doc.get("mediaType")
    if declared is not None and not isinstance(declared, str):
        raise _invalid("mediaType must be a string")
    header = (content_type or "").split(";")[0].strip().lower() or None
    if header not in MANIFEST_MEDIA_TYPES:
        header = None
    if header is not None and declared is not None and declared != header:
        raise _invalid(f"mediaType {declared} does not match the Content-Type {header}")
    media_type = header or declared
    if media_type is None and isinstance(doc.get("manifests"), list):
        media_type = INDEX_MEDIA_TYPES[1]
    if media_type not in MANIFEST_MEDIA_TYPES:
        raise _invalid(
            f"unsupported media type {media_type}: one of {', '.join(MANIFEST_MEDIA_TYPES)}"
        )
    subject = None
    if doc.get("subject") is not None:
        subject = _descriptor(doc["subject"], "subject")[0]
    artifact_type = doc.get("artifactType")
    if artifact_type is not None and not isinstance(artifact_type, str):
        raise _invalid("artifactType must be a string")
    common: dict[str, Any] = {
        "digest": digest_of(data),
        "media_type": media_type,
        "data": data,
        "subject": subject,
        "annotations": _annotations(doc.get("annotations")),
    }
    if media_type in IMAGE_MEDIA_TYPES:
        config, _, config_doc = _descriptor(doc.get("config"), "config")
        layers = doc.get("layers", [])
        if not isinstance(layers, list):
            raise _invalid("layers must be an array")
        parsed = tuple(_descriptor(layer, f"layers[{i}]")[:2] for i, layer in enumerate(layers))
        if artifact_type is None:
            config_type = config_doc.get("mediaType")
            if isinstance(config_type, str) and config_type != _OCI_EMPTY_CONFIG:
                artifact_type = config_type
        return Manifest(**common, config=config, layers=parsed, artifact_type=artifact_type)
    entries = doc.get("manifests")
    if not isinstance(entries, list):
        raise _invalid("manifests must be an array")
    children = tuple(
        (_descriptor(entry, f"manifests[{i}]")[0], _platform(entry.get("platform")))
        for i, entry in enumerate(entries)
    )
    return Manifest(**common, children=children, artifact_type=artifact_type)


def config_platform(data: bytes) -> Platform | None:
    """The platform an image config blob names (``architecture``, ``os``, ``variant``);
    ``None`` for a config that is not one (an artifact's)."""
    try:
        doc = load_json(data)
    except (ValueError, UnicodeDecodeError):
        return None
    return _platform(doc)
