"""``python -m newsbeam`` is the ``newsbeam`` command."""
import sys

from newsbeam.pipeline.cli import entry

sys.exit(entry())
