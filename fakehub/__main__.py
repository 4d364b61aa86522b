"""``python -m fakehub serve ...``: see :mod:`fakehub.cli` (and :func:`fakehub._extra.main`)."""

import sys

from fakehub._extra import main

sys.exit(main())
