"""The registry's endpoints through Flask's test client: the token dance, pushes and pulls,
uploads, ranges, tags, referrers, error bodies — and one state with the Hub API."""

from __future__ import annotations

from flask.testing import FlaskClient

from fakehub.backend import get_backend
from tests.fakehub.conftest import PASSWORDS
from tests.fakehub.registry.conftest import Token, basic, push, push_index
from tests.fakehub.registry.images import AMD64, ARM64, INDEX, OCI_INDEX, digest, dumps

RW = "repository:alice/public:pull,push,delete"


def test_the_version_check_challenges_without_a_token(registry: FlaskClient) -> None:
    answer = registry.get("/v2/")
    assert answer.status_code == 401
    assert answer.get_json()["errors"][0]["code"] == "UNAUTHORIZED"
    assert answer.headers["WWW-Authenticate"] == (
        'Bearer realm="http://localhost/token",service="registry.docker.io"'
    )
    assert answer.headers["Docker-Distribution-API-Version"] == "registry/2.0"


def test_the_version_check_answers_200_with_an_anonymous_token(
    registry: FlaskClient, auth: Token
) -> None:
    assert registry.get("/v2/", headers=auth(None)).status_code == 200


def test_wrong_credentials_get_no_token(registry: FlaskClient) -> None:
    answer = registry.get("/token", headers=basic("alice", "wrong"))
    assert answer.status_code == 401
    assert answer.get_json() == {"details": "incorrect username or password"}


def test_a_token_answer_has_dockers_fields(registry: FlaskClient) -> None:
    body = registry.get("/token", query_string={"scope": "repository:alice/public:pull"}).get_json()
    assert body["token"] == body["access_token"] and body["expires_in"] == 300
    assert body["issued_at"].endswith("Z")


def test_a_push_shows_in_the_hub_api_tag_list(
    registry: FlaskClient, client: FlaskClient, auth: Token
) -> None:
    answer = push_index(registry, auth("alice", RW), "alice/public", "multi")
    assert answer.status_code == 201
    assert answer.headers["Docker-Content-Digest"] == digest(INDEX)
    tag = client.get("/v2/namespaces/alice/repositories/public/tags/multi").get_json()
    assert tag["digest"] == digest(INDEX) and tag["media_type"] == OCI_INDEX
    assert [(i["architecture"], i["variant"], i["size"]) for i in tag["images"]] == [
        ("amd64", None, AMD64.size),
        ("arm64", "v8", ARM64.size),
    ]
    assert tag["full_size"] == AMD64.size and tag["tag_last_pushed"] is not None


def test_a_manifest_get_answers_the_stored_bytes(registry: FlaskClient, auth: Token) -> None:
    push(registry, auth("alice", RW), "alice/public", AMD64, "latest")
    answer = registry.get("/v2/alice/public/manifests/latest", headers=auth(None, RW))
    assert answer.data == AMD64.manifest
    assert answer.headers["Content-Type"] == AMD64.media_type
    assert answer.headers["Docker-Content-Digest"] == AMD64.digest
    assert answer.headers["ETag"] == f'"{AMD64.digest}"'


def test_an_accept_header_without_the_stored_type_is_manifest_unknown(
    registry: FlaskClient, auth: Token
) -> None:
    push(registry, auth("alice", RW), "alice/public", AMD64, "latest")
    answer = registry.get(
        "/v2/alice/public/manifests/latest",
        headers={
            **auth(None, RW),
            "Accept": "application/vnd.docker.distribution.manifest.v2+json",
        },
    )
    assert answer.status_code == 404
    assert answer.get_json()["errors"][0]["code"] == "MANIFEST_UNKNOWN"


def test_a_pull_moves_the_hub_pull_count_and_last_pulled(
    registry: FlaskClient, client: FlaskClient, auth: Token
) -> None:
    push(registry, auth("alice", RW), "alice/public", AMD64, "latest")
    registry.get("/v2/alice/public/manifests/latest", headers=auth(None, RW))
    assert client.get("/v2/repositories/alice/public/").get_json()["pull_count"] == 1
    tag = client.get("/v2/namespaces/alice/repositories/public/tags/latest").get_json()
    assert tag["tag_last_pulled"] is not None and tag["images"][0]["last_pulled"] is not None


def test_a_tag_deleted_through_the_hub_api_is_gone_from_the_registry(
    registry: FlaskClient, client: FlaskClient, auth: Token, as_user: Token
) -> None:
    push(registry, auth("alice", RW), "alice/public", AMD64, "doomed")
    deleted = client.delete("/v2/repositories/alice/public/tags/doomed/", headers=as_user("alice"))
    assert deleted.status_code == 204
    answer = registry.get("/v2/alice/public/manifests/doomed", headers=auth(None, RW))
    assert answer.status_code == 404


def test_a_tag_deleted_through_the_registry_is_gone_from_the_hub_api(
    registry: FlaskClient, client: FlaskClient, auth: Token
) -> None:
    headers = auth("alice", RW)
    push(registry, headers, "alice/public", AMD64, "doomed")
    assert registry.delete("/v2/alice/public/manifests/doomed", headers=headers).status_code == 202
    answer = client.get("/v2/namespaces/alice/repositories/public/tags/doomed")
    assert answer.status_code == 404


def test_deleting_by_digest_answers_202_and_removes_the_manifest(
    registry: FlaskClient, auth: Token
) -> None:
    headers = auth("alice", RW)
    push(registry, headers, "alice/public", AMD64, "latest")
    assert (
        registry.delete(f"/v2/alice/public/manifests/{AMD64.digest}", headers=headers).status_code
        == 202
    )
    assert (
        registry.get(f"/v2/alice/public/manifests/{AMD64.digest}", headers=headers).status_code
        == 404
    )


def test_a_chunked_upload_is_stored_under_its_digest(registry: FlaskClient, auth: Token) -> None:
    headers = auth("alice", RW)
    started = registry.post("/v2/alice/public/blobs/uploads/", headers=headers)
    assert started.status_code == 202 and started.headers["Range"] == "0-0"
    location = started.headers["Location"]
    first = registry.patch(location, data=b"hello ", headers={**headers, "Content-Range": "0-5"})
    assert first.status_code == 202 and first.headers["Range"] == "0-5"
    registry.patch(location, data=b"world", headers=headers)
    assert registry.get(location, headers=headers).headers["Range"] == "0-10"
    done = registry.put(location, query_string={"digest": digest(b"hello world")}, headers=headers)
    assert done.status_code == 201
    blob = registry.get(f"/v2/alice/public/blobs/{digest(b'hello world')}", headers=headers)
    assert blob.data == b"hello world"


def test_a_chunk_out_of_order_is_416(registry: FlaskClient, auth: Token) -> None:
    headers = auth("alice", RW)
    location = registry.post("/v2/alice/public/blobs/uploads/", headers=headers).headers["Location"]
    answer = registry.patch(location, data=b"late", headers={**headers, "Content-Range": "10-13"})
    assert answer.status_code == 416


def test_a_wrong_digest_is_digest_invalid_and_stores_nothing(
    registry: FlaskClient, auth: Token
) -> None:
    headers = auth("alice", RW)
    wrong = digest(b"something else")
    answer = registry.post(
        "/v2/alice/public/blobs/uploads/",
        query_string={"digest": wrong},
        data=b"data",
        headers=headers,
    )
    assert answer.status_code == 400
    assert answer.get_json()["errors"][0]["code"] == "DIGEST_INVALID"
    assert registry.head(f"/v2/alice/public/blobs/{wrong}", headers=headers).status_code == 404
    assert (
        registry.head(f"/v2/alice/public/blobs/{digest(b'data')}", headers=headers).status_code
        == 404
    )


def test_a_malformed_digest_is_digest_invalid(registry: FlaskClient, auth: Token) -> None:
    answer = registry.get("/v2/alice/public/blobs/sha256:XYZ", headers=auth(None, RW))
    assert answer.status_code == 400
    assert answer.get_json()["errors"][0]["code"] == "DIGEST_INVALID"


def test_a_mount_from_a_pullable_repository_is_201(registry: FlaskClient, auth: Token) -> None:
    headers = auth("alice", RW, "repository:alice/other:pull,push")
    push(registry, headers, "alice/public", AMD64, "latest")
    config = digest(AMD64.config)
    answer = registry.post(
        "/v2/alice/other/blobs/uploads/",
        query_string={"mount": config, "from": "alice/public"},
        headers=headers,
    )
    assert answer.status_code == 201
    assert registry.get(f"/v2/alice/other/blobs/{config}", headers=headers).data == AMD64.config


def test_a_mount_of_a_missing_blob_opens_an_upload(registry: FlaskClient, auth: Token) -> None:
    headers = auth("alice", RW)
    answer = registry.post(
        "/v2/alice/public/blobs/uploads/",
        query_string={"mount": digest(b"nowhere"), "from": "alice/private"},
        headers=headers,
    )
    assert answer.status_code == 202 and "Docker-Upload-UUID" in answer.headers


def test_a_range_read_answers_206(registry: FlaskClient, auth: Token) -> None:
    headers = auth("alice", RW)
    push(registry, headers, "alice/public", AMD64, "latest")
    layer = AMD64.layers[0]
    answer = registry.get(
        f"/v2/alice/public/blobs/{digest(layer)}", headers={**headers, "Range": "bytes=2-5"}
    )
    assert answer.status_code == 206 and answer.data == layer[2:6]
    assert answer.headers["Content-Range"] == f"bytes 2-5/{len(layer)}"


def test_an_unsatisfiable_range_is_416(registry: FlaskClient, auth: Token) -> None:
    headers = auth("alice", RW)
    push(registry, headers, "alice/public", AMD64, "latest")
    answer = registry.get(
        f"/v2/alice/public/blobs/{digest(AMD64.config)}",
        headers={**headers, "Range": "bytes=99999-"},
    )
    assert answer.status_code == 416


def test_a_manifest_missing_its_blobs_is_manifest_blob_unknown(
    registry: FlaskClient, auth: Token
) -> None:
    answer = registry.put(
        "/v2/alice/public/manifests/latest",
        data=AMD64.manifest,
        headers={**auth("alice", RW), "Content-Type": AMD64.media_type},
    )
    assert answer.status_code == 400
    assert answer.get_json()["errors"][0]["code"] == "MANIFEST_BLOB_UNKNOWN"


def test_a_manifest_that_is_not_json_is_manifest_invalid(
    registry: FlaskClient, auth: Token
) -> None:
    answer = registry.put(
        "/v2/alice/public/manifests/latest", data=b"{nope", headers=auth("alice", RW)
    )
    assert answer.status_code == 400
    assert answer.get_json()["errors"][0]["code"] == "MANIFEST_INVALID"


def test_the_tag_list_pages_with_a_link(registry: FlaskClient, auth: Token) -> None:
    headers = auth("alice", RW)
    for tag in ("c", "a", "b"):
        push(registry, headers, "alice/public", AMD64, tag)
    first = registry.get("/v2/alice/public/tags/list?n=2", headers=headers)
    assert first.get_json() == {"name": "alice/public", "tags": ["a", "b"]}
    assert first.headers["Link"] == '</v2/alice/public/tags/list?n=2&last=b>; rel="next"'
    rest = registry.get("/v2/alice/public/tags/list?n=2&last=b", headers=headers)
    assert rest.get_json()["tags"] == ["c"] and "Link" not in rest.headers


def test_referrers_list_the_manifests_whose_subject_is_the_digest(
    registry: FlaskClient, auth: Token
) -> None:
    headers = auth("alice", RW)
    push(registry, headers, "alice/public", AMD64, "latest")
    empty = b"{}"
    registry.post(
        "/v2/alice/public/blobs/uploads/",
        query_string={"digest": digest(empty)},
        data=empty,
        headers=headers,
    )
    signature = dumps(
        {
            "schemaVersion": 2,
            "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "artifactType": "application/vnd.example.sig",
            "config": {
                "mediaType": "application/vnd.oci.empty.v1+json",
                "digest": digest(empty),
                "size": 2,
            },
            "layers": [],
            "subject": {"digest": AMD64.digest, "size": len(AMD64.manifest)},
        }
    )
    put = registry.put(
        f"/v2/alice/public/manifests/{digest(signature)}",
        data=signature,
        headers={**headers, "Content-Type": "application/vnd.oci.image.manifest.v1+json"},
    )
    assert put.status_code == 201 and put.headers["OCI-Subject"] == AMD64.digest
    listed = registry.get(f"/v2/alice/public/referrers/{AMD64.digest}", headers=headers).get_json()
    assert [(m["digest"], m["artifactType"]) for m in listed["manifests"]] == [
        (digest(signature), "application/vnd.example.sig")
    ]


def test_a_body_over_the_registry_limit_is_413(
    app: object, auth: Token, registry: FlaskClient
) -> None:

    headers = auth("alice", RW)
    registry.application.config["MAX_CONTENT_LENGTH"] = 16
    answer = registry.post(
        "/v2/alice/public/blobs/uploads/",
        query_string={"digest": digest(b"x" * 17)},
        data=b"x" * 17,
        headers=headers,
    )
    assert answer.status_code == 413
    assert answer.get_json()["errors"][0]["code"] == "SIZE_INVALID"
    assert get_backend(registry.application).state.registry_blob_count() == 0


def test_a_cancelled_upload_is_unknown_afterwards(registry: FlaskClient, auth: Token) -> None:
    headers = auth("alice", RW)
    location = registry.post("/v2/alice/public/blobs/uploads/", headers=headers).headers["Location"]
    assert registry.delete(location, headers=headers).status_code == 204
    answer = registry.get(location, headers=headers)
    assert answer.status_code == 404
    assert answer.get_json()["errors"][0]["code"] == "BLOB_UPLOAD_UNKNOWN"


def test_a_deleted_blob_is_unknown_in_that_repository(registry: FlaskClient, auth: Token) -> None:
    headers = auth("alice", RW)
    push(registry, headers, "alice/public", AMD64, "latest")
    path = f"/v2/alice/public/blobs/{digest(AMD64.config)}"
    assert registry.delete(path, headers=headers).status_code == 202
    answer = registry.get(path, headers=headers)
    assert answer.status_code == 404
    assert answer.get_json()["errors"][0]["code"] == "BLOB_UNKNOWN"


def test_the_oauth2_password_form_gets_a_token(registry: FlaskClient) -> None:
    answer = registry.post(
        "/token",
        data={
            "grant_type": "password",
            "username": "alice",
            "password": PASSWORDS["alice"],
            "scope": "repository:alice/private:pull",
            "service": "registry.docker.io",
        },
    )
    token = answer.get_json()["access_token"]
    pulled = registry.get(
        "/v2/alice/private/tags/list", headers={"Authorization": f"Bearer {token}"}
    )
    assert pulled.status_code == 200


def test_a_push_to_a_namespace_one_does_not_own_is_refused(
    registry: FlaskClient, client: FlaskClient, auth: Token
) -> None:
    headers = auth("carol", "repository:alice/carols:pull,push")
    answer = registry.post("/v2/alice/carols/blobs/uploads/", headers=headers)
    assert answer.status_code == 401
    assert client.get("/v2/repositories/alice/carols/").status_code == 404


def test_an_unknown_path_answers_in_the_registrys_shape(registry: FlaskClient) -> None:
    answer = registry.get("/v2/a/b/c/d/e")
    assert answer.status_code == 404
    assert answer.get_json()["errors"][0]["code"] == "NAME_UNKNOWN"
    assert answer.headers["Docker-Distribution-API-Version"] == "registry/2.0"


def test_a_chunked_upload_beyond_the_limit_is_size_invalid(
    auth: Token, registry: FlaskClient
) -> None:
    headers = auth("alice", RW)
    get_backend(registry.application).registry_max_body_bytes = 8
    location = registry.post("/v2/alice/public/blobs/uploads/", headers=headers).headers["Location"]
    assert registry.patch(location, data=b"12345", headers=headers).status_code == 202
    answer = registry.patch(location, data=b"6789", headers=headers)
    assert answer.status_code == 400
    assert answer.get_json()["errors"][0]["code"] == "SIZE_INVALID"
    assert registry.get(location, headers=headers).headers["Range"] == "0-4"
