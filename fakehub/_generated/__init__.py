# generated from spec/dockerhub.yaml — do not edit; run `python -m codegen`
"""Code generated from spec/dockerhub.yaml."""
