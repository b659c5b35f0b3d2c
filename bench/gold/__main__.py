"""``python -m bench.gold``: score the current extractor on the general-news gold set."""
from bench.gold.score import main

raise SystemExit(main())
