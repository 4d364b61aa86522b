"""The package version: the one place it is written.

pyproject.toml reads it (``[tool.hatch.version]``); ``dockerhub_sdk.__version__`` and
``fakehub.__version__`` re-export it. Versioning policy: CHANGELOG.md.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
