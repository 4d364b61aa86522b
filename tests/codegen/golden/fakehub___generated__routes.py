# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""fakehub's route table: one `Route` per operation of the spec."""

from dockerhub_sdk.wire import OPERATIONS
from fakehub._route import Route

ROUTES: tuple[Route, ...] = tuple(
    Route.serving(OPERATIONS[op_id])
    for op_id in (
        "widgets.list",
        "widgets.create",
        "widgets.delete",
        "widgets.exists",
        "widgets.export",
    )
)
