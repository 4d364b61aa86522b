# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""fakehub's route table: one `Route` per operation of the spec."""

from dockerhub_sdk._generated.operations import (
    WIDGETS_CREATE,
    WIDGETS_DELETE,
    WIDGETS_EXISTS,
    WIDGETS_EXPORT,
    WIDGETS_LIST,
)
from fakehub._route import Route

ROUTES: tuple[Route, ...] = (
    Route(operation=WIDGETS_LIST, rule="/v2/widgets/<namespace>/", handler="widgets_list"),
    Route(operation=WIDGETS_CREATE, rule="/v2/widgets/<namespace>/", handler="widgets_create"),
    Route(
        operation=WIDGETS_DELETE,
        rule="/v2/widgets/<namespace>/<widget_id>/",
        handler="widgets_delete",
    ),
    Route(
        operation=WIDGETS_EXISTS,
        rule="/v2/widgets/<namespace>/<widget_id>/",
        handler="widgets_exists",
    ),
    Route(
        operation=WIDGETS_EXPORT, rule="/v2/widgets/<namespace>/export/", handler="widgets_export"
    ),
)
