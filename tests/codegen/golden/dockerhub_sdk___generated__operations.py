# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""One `Operation` per operation of the spec."""

from dockerhub_sdk._generated.formats import (
    NAMESPACE,
)
from dockerhub_sdk._generated.models import (
    Blob,
    Widget,
    WidgetCreate,
)
from dockerhub_sdk._operation import BodyField, Operation, Param

NAMESPACE_PATH = Param(
    name="namespace", wire="namespace", location="path", type=str, required=True, format=NAMESPACE
)
WIDGET_ID_PATH = Param(
    name="widget_id", wire="widget_id", location="path", type=int, required=True, minimum=1
)
REF_PATH = Param(name="ref", wire="ref", location="path", type=str, required=True)

WIDGETS_LIST = Operation(
    id="widgets.list",
    resource="widgets",
    name="list",
    method="GET",
    path="/v2/widgets/{namespace}/",
    params=(
        Param(
            name="namespace",
            wire="namespace",
            location="path",
            type=str,
            required=True,
            format=NAMESPACE,
            library_default=True,
        ),
        Param(name="color", wire="color", location="query", type=str, required=False),
        Param(
            name="page",
            wire="page",
            location="query",
            type=int,
            required=False,
            minimum=1,
            description="Page number, from 1.",
        ),
        Param(
            name="page_size",
            wire="page_size",
            location="query",
            type=int,
            required=False,
            minimum=1,
            maximum=100,
            description="Results per page, 1 to 100.",
        ),
    ),
    body=None,
    body_fields=(),
    response=Widget,
    response_kind="page",
    success_status=200,
    auth="optional",
    repo_scope=None,
    js_name="widgets",
    summary="List widgets.",
    page_style="count",
    public_read_anonymous=True,
    org_token="anonymous",
)

WIDGETS_CREATE = Operation(
    id="widgets.create",
    resource="widgets",
    name="create",
    method="POST",
    path="/v2/widgets/{namespace}/",
    params=(NAMESPACE_PATH,),
    body=WidgetCreate,
    body_fields=(
        BodyField(name="namespace", wire="namespace", template="{namespace}"),
        BodyField(name="name", wire="name", format=NAMESPACE),
        BodyField(name="color", wire="color"),
        BodyField(name="parts", wire="parts"),
        BodyField(name="notes", wire="notes"),
    ),
    response=Widget,
    response_kind="model",
    success_status=201,
    auth="required",
    repo_scope=None,
    js_name=None,
    summary="Create a widget.",
    pat_scope="repo:write",
)

WIDGETS_DELETE = Operation(
    id="widgets.delete",
    resource="widgets",
    name="delete",
    method="DELETE",
    path="/v2/widgets/{namespace}/{widget_id}/",
    params=(
        NAMESPACE_PATH,
        WIDGET_ID_PATH,
    ),
    body=None,
    body_fields=(),
    response=None,
    response_kind="none",
    success_status=204,
    auth="required",
    repo_scope=None,
    js_name=None,
    summary="Delete a widget.",
    pat_scope="repo:admin",
)

WIDGETS_EXISTS = Operation(
    id="widgets.exists",
    resource="widgets",
    name="exists",
    method="HEAD",
    path="/v2/widgets/{namespace}/{widget_id}/",
    params=(
        NAMESPACE_PATH,
        WIDGET_ID_PATH,
    ),
    body=None,
    body_fields=(),
    response=None,
    response_kind="check",
    success_status=200,
    auth="optional",
    repo_scope=None,
    js_name=None,
    summary="Whether a widget exists.",
)

WIDGETS_EXPORT = Operation(
    id="widgets.export",
    resource="widgets",
    name="export",
    method="GET",
    path="/v2/widgets/{namespace}/export/",
    params=(NAMESPACE_PATH,),
    body=None,
    body_fields=(),
    response=None,
    response_kind="text",
    success_status=200,
    auth="required",
    repo_scope=None,
    js_name=None,
    summary="Export the widgets of a namespace as CSV.",
    media_type="text/csv",
)

STORE_GET_BLOB = Operation(
    id="store.get_blob",
    resource="store",
    name="get_blob",
    method="GET",
    path="/v2/{namespace}/blobs/{ref}",
    params=(
        NAMESPACE_PATH,
        REF_PATH,
    ),
    body=None,
    body_fields=(),
    response=None,
    response_kind="negotiated",
    success_status=200,
    auth="optional",
    repo_scope=None,
    js_name=None,
    summary="Get a blob, negotiated by media type.",
    service="registry",
    accept=(
        ("application/vnd.example.one+json", Blob),
        ("application/vnd.example.two+json", Blob),
    ),
)

STORE_DELETE_BLOB = Operation(
    id="store.delete_blob",
    resource="store",
    name="delete_blob",
    method="DELETE",
    path="/v2/{namespace}/blobs/{ref}",
    params=(
        NAMESPACE_PATH,
        REF_PATH,
    ),
    body=None,
    body_fields=(),
    response=None,
    response_kind="none",
    success_status=202,
    auth="required",
    repo_scope=None,
    js_name=None,
    summary="Delete a blob.",
    service="registry",
)

STORE_AUTH_TOKEN = Operation(
    id="store_auth.token",
    resource="store_auth",
    name="token",
    method="GET",
    path="/token",
    params=(Param(name="service", wire="service", location="query", type=str, required=True),),
    body=None,
    body_fields=(),
    response=Blob,
    response_kind="model",
    success_status=200,
    auth="none",
    repo_scope=None,
    js_name=None,
    summary="Get a token.",
    service="auth",
)

OPERATIONS: dict[str, Operation] = {
    "widgets.list": WIDGETS_LIST,
    "widgets.create": WIDGETS_CREATE,
    "widgets.delete": WIDGETS_DELETE,
    "widgets.exists": WIDGETS_EXISTS,
    "widgets.export": WIDGETS_EXPORT,
    "store.get_blob": STORE_GET_BLOB,
    "store.delete_blob": STORE_DELETE_BLOB,
    "store_auth.token": STORE_AUTH_TOKEN,
}
