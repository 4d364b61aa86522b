# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""Naming rules from the spec's `formats`."""

from dockerhub_sdk._operation import Format

NAMESPACE = Format(
    name="namespace",
    pattern="^[a-z0-9]+$",
    rule="lower-case letters and digits",
    min_length=2,
    max_length=30,
    lowercase=True,
)

FORMATS: dict[str, Format] = {
    "namespace": NAMESPACE,
}
