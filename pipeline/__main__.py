"""``python -m pipeline`` is the ``newsbeam`` command."""
import sys

from pipeline.cli import main

sys.exit(main())
