# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""Naming rules from the spec's `formats`."""

from dockerhub_sdk._operation import Format

NAMESPACE = Format(
    name="namespace",
    pattern="^[a-z0-9]+(?:[._-][a-z0-9]+)*$",
    rule="a Docker Hub user or organization name (lower-case letters, digits, and single ., _ or - between them)",
    min_length=2,
    max_length=255,
    lowercase=True,
)
REPOSITORY = Format(
    name="repository",
    pattern="^[a-z0-9]+(?:[._-][a-z0-9]+)*$",
    rule="a repository name (lower-case letters, digits, and single ., _ or - between them)",
    min_length=2,
    max_length=255,
    lowercase=False,
)
REPOSITORY_REF = Format(
    name="repository_ref",
    pattern="^(?:(?:_|[a-z0-9]+(?:[._-][a-z0-9]+)*)/)?[a-z0-9]+(?:[._-][a-z0-9]+)*$",
    rule="a repository reference, `name` for an official image or `namespace/name` (`_/name` also means `library/name`)",
    min_length=2,
    max_length=511,
    lowercase=False,
)
TAG = Format(
    name="tag",
    pattern="^[A-Za-z0-9_][A-Za-z0-9_.-]*$",
    rule="a tag (letters, digits, _, . and -, not starting with . or -)",
    min_length=1,
    max_length=128,
    lowercase=False,
)
USERNAME = Format(
    name="username",
    pattern="^[a-z0-9]+$",
    rule="a Docker Hub username (lower-case letters and digits only)",
    min_length=2,
    max_length=30,
    lowercase=True,
)
ORG = Format(
    name="org",
    pattern="^[a-z0-9][a-z0-9_-]*$",
    rule="an organization name (lower-case letters, digits, - and _)",
    min_length=2,
    max_length=255,
    lowercase=True,
)
GROUP = Format(
    name="group",
    pattern="^[a-z0-9][a-z0-9_-]*$",
    rule="a group (team) name (lower-case letters, digits, - and _)",
    min_length=1,
    max_length=255,
    lowercase=False,
)
ACCESS_TOKEN_UUID = Format(
    name="access_token_uuid",
    pattern="^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    rule="a personal access token's UUID (lower-case hex digits in the 8-4-4-4-12 form)",
    min_length=36,
    max_length=36,
    lowercase=False,
)
TOKEN_LABEL = Format(
    name="token_label",
    pattern="^[^\\r\\n]+$",
    rule="a personal access token's label (1 to 100 characters on one line)",
    min_length=1,
    max_length=100,
    lowercase=False,
)
BUILD_CODE = Format(
    name="build_code",
    pattern="^[a-z0-9]+$",
    rule="a build code (lower-case letters and digits)",
    min_length=1,
    max_length=64,
    lowercase=False,
)

FORMATS: dict[str, Format] = {
    "namespace": NAMESPACE,
    "repository": REPOSITORY,
    "repository_ref": REPOSITORY_REF,
    "tag": TAG,
    "username": USERNAME,
    "org": ORG,
    "group": GROUP,
    "access_token_uuid": ACCESS_TOKEN_UUID,
    "token_label": TOKEN_LABEL,
    "build_code": BUILD_CODE,
}
