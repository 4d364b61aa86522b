# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""fakehub's route table: one `Route` per operation of the spec."""

from dockerhub_sdk.wire import OPERATIONS
from fakehub._route import Route

ROUTES: tuple[Route, ...] = (
    Route(
        operation=OPERATIONS["widgets.list"],
        rule="/v2/widgets/<namespace>/",
        handler="widgets_list",
    ),
    Route(
        operation=OPERATIONS["widgets.create"],
        rule="/v2/widgets/<namespace>/",
        handler="widgets_create",
    ),
    Route(
        operation=OPERATIONS["widgets.delete"],
        rule="/v2/widgets/<namespace>/<widget_id>/",
        handler="widgets_delete",
    ),
    Route(
        operation=OPERATIONS["widgets.exists"],
        rule="/v2/widgets/<namespace>/<widget_id>/",
        handler="widgets_exists",
    ),
    Route(
        operation=OPERATIONS["widgets.export"],
        rule="/v2/widgets/<namespace>/export/",
        handler="widgets_export",
    ),
)
