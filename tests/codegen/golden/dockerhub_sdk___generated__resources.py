# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""Resource classes: `hub.<resource>.<operation>(...)`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from dockerhub_sdk._base_client import BaseClient
from dockerhub_sdk._generated.models import (
    Color,
    Part,
    Widget,
)
from dockerhub_sdk._generated.operations import (
    WIDGETS_CREATE,
    WIDGETS_DELETE,
    WIDGETS_EXISTS,
    WIDGETS_EXPORT,
    WIDGETS_LIST,
)
from dockerhub_sdk._pagination import Page
from dockerhub_sdk._resource import APIResource
from dockerhub_sdk._types import UNSET, Unset


class WidgetsResource(APIResource):
    """Widgets."""

    def list(
        self,
        namespace: str | None,
        *,
        color: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
    ) -> Page[Widget]:
        """List widgets.

        HTTP: `GET /v2/widgets/{namespace}/`; the JavaScript library's `widgets`.
        """
        return self._client._request_page(
            WIDGETS_LIST,
            Widget,
            Page,
            path={"namespace": namespace},
            query={"color": color, "page": page, "page_size": page_size},
        )

    def iter(
        self, namespace: str | None, *, color: str | None = None, page_size: int | None = None
    ) -> Iterator[Widget]:
        """Iterate over every result of `list`, fetching pages lazily.

        List widgets.

        HTTP: `GET /v2/widgets/{namespace}/`; the JavaScript library's `widgets`.
        """
        return self._client._iter_pages(
            WIDGETS_LIST,
            Widget,
            path={"namespace": namespace},
            query={"color": color, "page_size": page_size},
        )

    def create(
        self,
        namespace: str,
        *,
        name: str,
        color: Color | Literal["red", "dark-blue"] = Color.RED,
        parts: list[Part] | Unset = UNSET,
        notes: dict[str, str] | Unset = UNSET,
    ) -> Widget:
        """Create a widget.

        HTTP: `POST /v2/widgets/{namespace}/`.
        """
        return self._client._request_model(
            WIDGETS_CREATE,
            Widget,
            path={"namespace": namespace},
            body={"name": name, "color": color, "parts": parts, "notes": notes},
        )

    def delete(self, namespace: str, widget_id: int) -> None:
        """Delete a widget.

        HTTP: `DELETE /v2/widgets/{namespace}/{widget_id}/`.
        """
        self._client._request_none(
            WIDGETS_DELETE, path={"namespace": namespace, "widget_id": widget_id}
        )

    def exists(self, namespace: str, widget_id: int) -> bool:
        """Whether a widget exists.

        HTTP: `HEAD /v2/widgets/{namespace}/{widget_id}/`.
        """
        return self._client._request_check(
            WIDGETS_EXISTS, path={"namespace": namespace, "widget_id": widget_id}
        )

    def export(self, namespace: str) -> str:
        """Export the widgets of a namespace as CSV.

        HTTP: `GET /v2/widgets/{namespace}/export/`.
        """
        return self._client._request_text(WIDGETS_EXPORT, path={"namespace": namespace})


class GeneratedClient(BaseClient):
    """The client's resources, one attribute each."""

    widgets: WidgetsResource

    def _init_resources(self) -> None:
        self.widgets = WidgetsResource(self)
