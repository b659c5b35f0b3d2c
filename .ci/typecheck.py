"""mypy across newsbeam's modules, as the installed package lays them out (``make lint``).

The checkout's folders are the subpackages of ``newsbeam`` (pyproject's package-dir table), a
mapping mypy does not follow: checked as folders, every ``from newsbeam.x import y`` would be
Any and each module checked alone. So the package is laid out in a temporary folder of links
(``newsbeam/pipeline -> pipeline``, ...) and checked as ``-p newsbeam``; paths in the report are
given back as the checkout's (``transforms/composites/write.py``). Settings: ``[tool.mypy]``.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-dir"]
    tops = {package.split(".")[1]: folder for package, folder in config.items() if package.count(".") == 1}
    with tempfile.TemporaryDirectory(prefix="newsbeam-mypy-") as tmp:
        package = Path(tmp, "newsbeam")
        package.mkdir()
        for path in (ROOT / config["newsbeam"]).glob("*.py"):
            os.symlink(path, package / path.name)
        for name, folder in tops.items():
            os.symlink(ROOT / folder, package / name)
        done = subprocess.run(
            [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
             "--cache-dir", str(ROOT / ".mypy_cache"), "-p", "newsbeam"],
            cwd=tmp, capture_output=True, text=True)
    back = {f"newsbeam/{name}/": f"{folder}/" for name, folder in tops.items()}
    pattern = re.compile("|".join(re.escape(k) for k in sorted(back, key=len, reverse=True)))
    for stream, text in ((sys.stdout, done.stdout), (sys.stderr, done.stderr)):
        stream.write(pattern.sub(lambda m: back[m.group(0)], text))
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
