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
ORG_ROLE = Format(
    name="org_role",
    pattern="^(?:owner|editor|member)$",
    rule="a role in an organization (`owner`, `editor` or `member`)",
    min_length=5,
    max_length=6,
    lowercase=False,
)
ORG_MEMBER_TYPE = Format(
    name="org_member_type",
    pattern="^(?:all|invitee|member)$",
    rule="which organization members to list (`all`, `invitee` or `member`)",
    min_length=3,
    max_length=7,
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
REPOSITORY_ORDERING = Format(
    name="repository_ordering",
    pattern="^-?(?:name|last_updated|pull_count)$",
    rule="`name`, `last_updated` or `pull_count`, prefixed with `-` for descending order",
    min_length=4,
    max_length=13,
    lowercase=False,
)
IMMUTABLE_TAGS_REGEX = Format(
    name="immutable_tags_regex",
    pattern="^[^\\x00-\\x1f\\x7f]+$",
    rule="a regular expression of 1 to 255 characters in RE2's syntax, without control characters, e.g. `v.*`",
    min_length=1,
    max_length=255,
    lowercase=False,
    syntax="re2",
)
REGISTRY_ADDRESS = Format(
    name="registry_address",
    pattern="^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::[0-9]{1,5})?(?:/[a-z0-9._-]+)*$",
    rule="a registry's host name, with an optional port and path (lower-case letters, digits, `.`, `-`, `:`, `/`; 1 to 255 characters), e.g. `ghcr.io`",
    min_length=1,
    max_length=255,
    lowercase=True,
)
STANDARD_REGISTRY = Format(
    name="standard_registry",
    pattern="^DockerHub$",
    rule="`DockerHub` (the only standard registry)",
    min_length=9,
    max_length=9,
    lowercase=False,
)
REGISTRY_FRIENDLY_NAME = Format(
    name="registry_friendly_name",
    pattern="^[^\\r\\n]*$",
    rule="a registry's display name of at most 100 characters on one line",
    min_length=0,
    max_length=100,
    lowercase=False,
)
ACCOUNT_ID = Format(
    name="account_id",
    pattern="^[0-9a-f]{32}$",
    rule="an account's id (32 lower-case hex digits, as `GET /v2/user/` gives it)",
    min_length=32,
    max_length=32,
    lowercase=False,
)
SHORT_DESCRIPTION = Format(
    name="short_description",
    pattern="^[\\s\\S]*$",
    rule="a short description of at most 100 characters",
    min_length=0,
    max_length=100,
    lowercase=False,
)
LONG_DESCRIPTION = Format(
    name="long_description",
    pattern="^[\\s\\S]*$",
    rule="a full description of at most 25,000 characters",
    min_length=0,
    max_length=25000,
    lowercase=False,
)
ORG_ACCESS_TOKEN_ID = Format(
    name="org_access_token_id",
    pattern="^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    rule="an organization access token's id (a lower-case UUID in the 8-4-4-4-12 form)",
    min_length=36,
    max_length=36,
    lowercase=False,
)
ORG_ACCESS_TOKEN_LABEL = Format(
    name="org_access_token_label",
    pattern="^[^\\r\\n]+$",
    rule="an organization access token's label (1 to 100 characters on one line)",
    min_length=1,
    max_length=100,
    lowercase=False,
)
ORG_ACCESS_TOKEN_DESCRIPTION = Format(
    name="org_access_token_description",
    pattern="^[\\s\\S]*$",
    rule="an organization access token's description of at most 255 characters",
    min_length=0,
    max_length=255,
    lowercase=False,
)
AUDIT_DATETIME = Format(
    name="audit_datetime",
    pattern="^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$",
    rule="an RFC 3339 date and time with its offset, such as `2026-01-31T09:30:00Z` or `2026-01-31T10:30:00.250+01:00`",
    min_length=1,
    max_length=None,
    lowercase=False,
)
INVITE_ID = Format(
    name="invite_id",
    pattern="^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    rule="an invite's id (a UUID, lower-case hex digits in the 8-4-4-4-12 form)",
    min_length=36,
    max_length=36,
    lowercase=False,
)
OPTIONAL_GROUP = Format(
    name="optional_group",
    pattern="^(?:[a-z0-9][a-z0-9_-]*)?$",
    rule="a group (team) name (lower-case letters, digits, - and _), or empty for none",
    min_length=0,
    max_length=255,
    lowercase=False,
)
REPO_PERMISSION = Format(
    name="repo_permission",
    pattern="^(?:read|write|admin)$",
    rule="a team's permission on a repository (`read`, `write` or `admin`)",
    min_length=4,
    max_length=5,
    lowercase=False,
)
SCIM_SORT_ORDER = Format(
    name="scim_sort_order",
    pattern="^(?:ascending|descending)$",
    rule="a SCIM sort order (`ascending` or `descending`)",
    min_length=1,
    max_length=None,
    lowercase=False,
)
EMAIL = Format(
    name="email",
    pattern="^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
    rule="an email address (name@example.com)",
    min_length=1,
    max_length=254,
    lowercase=False,
)
DIGEST = Format(
    name="digest",
    pattern="^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$",
    rule="a content digest, `sha256:` and 64 lower-case hex digits (or `sha512:` and 128)",
    min_length=71,
    max_length=135,
    lowercase=False,
)
MANIFEST_REFERENCE = Format(
    name="manifest_reference",
    pattern="^(?:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$",
    rule="a tag (letters, digits, _, . and -, not starting with . or -; at most 128) or a digest (`sha256:` and 64 lower-case hex digits)",
    min_length=1,
    max_length=135,
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
    "org_role": ORG_ROLE,
    "org_member_type": ORG_MEMBER_TYPE,
    "access_token_uuid": ACCESS_TOKEN_UUID,
    "token_label": TOKEN_LABEL,
    "build_code": BUILD_CODE,
    "repository_ordering": REPOSITORY_ORDERING,
    "immutable_tags_regex": IMMUTABLE_TAGS_REGEX,
    "registry_address": REGISTRY_ADDRESS,
    "standard_registry": STANDARD_REGISTRY,
    "registry_friendly_name": REGISTRY_FRIENDLY_NAME,
    "account_id": ACCOUNT_ID,
    "short_description": SHORT_DESCRIPTION,
    "long_description": LONG_DESCRIPTION,
    "org_access_token_id": ORG_ACCESS_TOKEN_ID,
    "org_access_token_label": ORG_ACCESS_TOKEN_LABEL,
    "org_access_token_description": ORG_ACCESS_TOKEN_DESCRIPTION,
    "audit_datetime": AUDIT_DATETIME,
    "invite_id": INVITE_ID,
    "optional_group": OPTIONAL_GROUP,
    "repo_permission": REPO_PERMISSION,
    "scim_sort_order": SCIM_SORT_ORDER,
    "email": EMAIL,
    "digest": DIGEST,
    "manifest_reference": MANIFEST_REFERENCE,
}
