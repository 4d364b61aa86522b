"""``python -m fakehub serve ...``: see :mod:`fakehub.cli`."""

import sys

from fakehub.cli import main

sys.exit(main())
