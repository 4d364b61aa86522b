"""Registry clients no one here wrote, over a socket (loopback): skopeo copies a
multi-platform image into fakehub and back out byte-identical, and oras pushes and pulls an
artifact.

skopeo is a system package: these tests skip when it is not on PATH, unless
``FAKEHUB_REQUIRE_SKOPEO=1`` (CI, whose ``.ci/run`` installs it) makes that a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from fakehub.app import create_app
from fakehub.server import FakeHub, run_in_thread
from tests.fakehub.conftest import PASSWORDS, quick_people_document
from tests.fakehub.registry.images import AMD64, ARM64, INDEX, OCI_INDEX, digest

TIMEOUT = 60


@pytest.fixture
def server() -> Iterator[FakeHub]:
    with run_in_thread(create_app(data=quick_people_document())) as hub:
        yield hub


def skopeo() -> str:
    found = shutil.which("skopeo")
    if found is None:
        if os.environ.get("FAKEHUB_REQUIRE_SKOPEO") == "1":
            pytest.fail("skopeo is not on PATH, and FAKEHUB_REQUIRE_SKOPEO=1 requires it")
        pytest.skip("skopeo is not on PATH (FAKEHUB_REQUIRE_SKOPEO=1 makes this a failure)")
    return found


def write_layout(path: Path) -> None:
    """An OCI image layout holding the two-platform image index as ``multi``."""
    blobs = path / "blobs" / "sha256"
    blobs.mkdir(parents=True)
    contents = [*AMD64.blobs.values(), *ARM64.blobs.values()]
    contents += [AMD64.manifest, ARM64.manifest, INDEX]
    for data in contents:
        (blobs / digest(data).removeprefix("sha256:")).write_bytes(data)
    (path / "oci-layout").write_text('{"imageLayoutVersion":"1.0.0"}')
    entry = {
        "mediaType": OCI_INDEX,
        "digest": digest(INDEX),
        "size": len(INDEX),
        "annotations": {"org.opencontainers.image.ref.name": "multi"},
    }
    (path / "index.json").write_text(
        json.dumps({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": [entry]})
    )


def run(*args: str, home: Path) -> str:
    done = subprocess.run(
        args,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, "HOME": str(home), "REGISTRY_AUTH_FILE": str(home / "auth.json")},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_skopeo_copies_a_multi_platform_image_in_and_out_byte_identical(
    server: FakeHub, tmp_path: Path
) -> None:
    tool = skopeo()
    source, copied = tmp_path / "source", tmp_path / "copied"
    write_layout(source)
    remote = f"docker://{server.registry_url.removeprefix('http://')}/alice/multi:latest"
    creds = f"alice:{PASSWORDS['alice']}"
    base = (tool, "--insecure-policy")
    run(
        *base,
        "copy",
        "--all",
        "--preserve-digests",
        "--dest-creds",
        creds,
        "--dest-tls-verify=false",
        f"oci:{source}:multi",
        remote,
        home=tmp_path,
    )
    raw = run(
        *base, "inspect", "--raw", "--creds", creds, "--tls-verify=false", remote, home=tmp_path
    )
    assert raw.encode() == INDEX
    run(
        *base,
        "copy",
        "--all",
        "--preserve-digests",
        "--src-creds",
        creds,
        "--src-tls-verify=false",
        remote,
        f"oci:{copied}:multi",
        home=tmp_path,
    )
    index = json.loads((copied / "index.json").read_text())
    assert [m["digest"] for m in index["manifests"]] == [digest(INDEX)]
    for each in (AMD64, ARM64):
        stored = copied / "blobs" / "sha256" / each.digest.removeprefix("sha256:")
        assert stored.read_bytes() == each.manifest


def test_a_skopeo_push_shows_in_the_hub_api(server: FakeHub, tmp_path: Path) -> None:
    tool = skopeo()
    write_layout(tmp_path / "source")
    remote = f"docker://{server.registry_url.removeprefix('http://')}/alice/public:multi"
    run(
        tool,
        "--insecure-policy",
        "copy",
        "--all",
        "--preserve-digests",
        "--dest-tls-verify=false",
        "--dest-creds",
        f"alice:{PASSWORDS['alice']}",
        f"oci:{tmp_path / 'source'}:multi",
        remote,
        home=tmp_path,
    )
    tag = server.backend.state.find_repository("alice", "public").tags["multi"]  # type: ignore[union-attr]
    assert tag.digest == digest(INDEX)
    assert [i.architecture for i in tag.images] == ["amd64", "arm64"]


def test_oras_pushes_and_pulls_an_artifact(
    server: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no docker config of the machine's
    monkeypatch.chdir(tmp_path)  # oras pushes files of the working directory only
    oras_provider = pytest.importorskip("oras.provider")
    artifact = tmp_path / "notes.txt"
    artifact.write_text("release notes\n")
    target = f"{server.registry_url.removeprefix('http://')}/alice/public:notes"
    client = oras_provider.Registry(insecure=True)
    client.auth.set_basic_auth("alice", PASSWORDS["alice"])
    pushed = client.push(target=target, files=[artifact.name])
    assert pushed.status_code == 201
    out = tmp_path / "out"
    paths = client.pull(target=target, outdir=str(out))
    assert [Path(p).read_text() for p in paths] == ["release notes\n"]
