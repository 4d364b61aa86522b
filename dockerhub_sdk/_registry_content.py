"""What the registry's answers hold, checked: manifests with their digest and bytes, platform
selection from an image index, digests verified against the bytes, the pull-limit headers.

Nothing here sends a request (:mod:`dockerhub_sdk._registry` does).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from dockerhub_sdk._exceptions import InvalidInputError
from dockerhub_sdk._generated.models import (
    Descriptor,
    ImageIndex,
    ImageManifest,
    Platform,
    PullRateLimit,
)
from dockerhub_sdk._types import Unset

__all__ = [
    "MANIFEST_MEDIA_TYPES",
    "PulledIndex",
    "PulledManifest",
    "compute_digest",
    "digest_problem",
    "parse_platform",
    "pull_rate_limit_from",
    "select_platform",
]

MANIFEST_MEDIA_TYPES: Final = (
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
)
_ALGORITHMS: Final = ("sha256", "sha512")
_PLATFORM_PART = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_LIMIT = re.compile(r"\s*([0-9]{1,12})\s*(?:;\s*w\s*=\s*([0-9]{1,12})\s*)?")


@attrs.frozen(kw_only=True)
class PulledManifest(ImageManifest):
    """An image manifest as the registry served it: the model, plus ``digest`` (from
    ``Docker-Content-Digest``, checked against the bytes), ``media_type`` (the answer's
    ``Content-Type``) and ``raw`` (the exact bytes, whose digest ``digest`` is)."""

    digest: str
    raw: bytes = attrs.field(repr=False)


@attrs.frozen(kw_only=True)
class PulledIndex(ImageIndex):
    """An image index (a manifest list) as the registry served it, with ``digest``,
    ``media_type`` and ``raw`` as :class:`PulledManifest`; :meth:`platforms` lists its
    platforms as ``os/architecture[/variant]``."""

    digest: str
    raw: bytes = attrs.field(repr=False)

    def platforms(self) -> list[str]:
        return [platform_name(d.platform) for d in _runnable(self.manifests)]


def pulled(
    model: ImageManifest | ImageIndex, *, media_type: str, digest: str, raw: bytes
) -> PulledManifest | PulledIndex:
    """``model`` (as the converter read it) with what the answer's headers and bytes say."""
    cls: type[PulledManifest | PulledIndex]
    cls = PulledIndex if isinstance(model, ImageIndex) else PulledManifest
    fields = {f.name: getattr(model, f.name) for f in attrs.fields(type(model))}
    fields["media_type"] = media_type
    return cls(**fields, digest=digest, raw=raw)


# -- digests -----------------------------------------------------------------------------------


def compute_digest(content: bytes, algorithm: str = "sha256") -> str:
    import hashlib  # not at import time: `import dockerhub_sdk` stays cheap

    return f"{algorithm}:{hashlib.new(algorithm, content).hexdigest()}"


def digest_problem(expected: str, content: bytes, what: str) -> str | None:
    """Why ``content`` does not have the digest ``expected`` (``None``: it has), ``what``
    naming where ``expected`` came from."""
    algorithm, _, _ = expected.partition(":")
    if algorithm not in _ALGORITHMS:
        return f"{what} {expected[:80]!r} uses an unknown algorithm (sha256 or sha512 expected)"
    actual = compute_digest(content, algorithm)
    if actual != expected:
        return f"{what} is {expected[:140]} but the bytes received hash to {actual}"
    return None


# -- platforms ---------------------------------------------------------------------------------


def parse_platform(value: object) -> tuple[str, str, str | None]:
    """``"linux/arm64/v8"`` -> ``("linux", "arm64", "v8")``; anything else is an
    :class:`InvalidInputError` naming the accepted form."""
    rule = "must be os/architecture or os/architecture/variant, e.g. linux/amd64 or linux/arm64/v8"
    parts = value.split("/") if isinstance(value, str) else []
    if not 2 <= len(parts) <= 3 or not all(_PLATFORM_PART.fullmatch(p) for p in parts):
        shown = repr(value)[:80]
        raise InvalidInputError(
            f"platform {shown} {rule}", param="platform", value=value, rule=rule
        )
    return parts[0], parts[1], parts[2] if len(parts) == 3 else None


def platform_name(platform: Platform | Unset) -> str:
    if isinstance(platform, Unset):
        return "unknown"
    variant = platform.variant if isinstance(platform.variant, str) and platform.variant else ""
    return "/".join(filter(None, (platform.os, platform.architecture, variant)))


def _runnable(manifests: Sequence[Descriptor]) -> list[Descriptor]:
    """The entries that are images for a platform (not attestations: ``unknown/unknown``)."""
    return [
        d
        for d in manifests
        if not isinstance(d.platform, Unset)
        and d.platform.os != "unknown"
        and d.platform.architecture != "unknown"
    ]


def select_platform(index: PulledIndex, platform: str, where: str) -> Descriptor:
    """The entry of ``index`` for ``platform`` (``os/arch[/variant]``): without a variant,
    the first entry of that os and architecture whatever its variant. None matches: an
    :class:`InvalidInputError` listing the platforms the index has."""
    os_name, arch, variant = parse_platform(platform)
    for entry in _runnable(index.manifests):
        p = entry.platform
        assert not isinstance(p, Unset)  # _runnable keeps entries with a platform
        same = p.os == os_name and p.architecture == arch
        if same and (variant is None or (isinstance(p.variant, str) and p.variant == variant)):
            return entry
    available = ", ".join(index.platforms()) or "none"
    rule = f"must be one of the index's platforms: {available}"
    raise InvalidInputError(
        f"platform {platform!r} is not in the image index of {where}; it has {available}",
        param="platform",
        value=platform,
        rule=rule,
    )


# -- the pull rate limit -----------------------------------------------------------------------


def _limit(value: str, name: str) -> tuple[int, int | None]:
    match = _LIMIT.fullmatch(value)
    if match is None:
        raise ValueError(f"{name}: {value[:80]!r} is not `N;w=SECONDS`")
    window = match.group(2)
    return int(match.group(1)), None if window is None else int(window)


def pull_rate_limit_from(headers: Mapping[str, str]) -> PullRateLimit:
    """hub-tool's reading of a manifest answer's headers: ``ratelimit-limit`` and
    ``ratelimit-remaining`` (``N;w=SECONDS``), ``docker-ratelimit-source``. Either count
    absent means unlimited (``limit``, ``remaining`` and ``window_seconds`` are ``None``);
    a malformed one raises ``ValueError`` naming the header."""
    source = headers.get("docker-ratelimit-source") or None
    limit_header = headers.get("ratelimit-limit")
    remaining_header = headers.get("ratelimit-remaining")
    if not limit_header or not remaining_header:
        return PullRateLimit(limit=None, remaining=None, window_seconds=None, source=source)
    limit, window = _limit(limit_header, "ratelimit-limit")
    remaining, remaining_window = _limit(remaining_header, "ratelimit-remaining")
    return PullRateLimit(
        limit=limit,
        remaining=remaining,
        window_seconds=window if window is not None else remaining_window,
        source=source,
    )
