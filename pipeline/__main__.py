"""``python -m pipeline`` is the ``newsbeam`` command."""
import sys

from pipeline.cli import entry

sys.exit(entry())
