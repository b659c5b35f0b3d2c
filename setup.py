"""Build newsbeam; the metadata is in pyproject.toml (Beam's --setup_file runs this file too).

The quote extractor (transforms/quotes/) is compiled with mypyc when it can be: about 1.5x the
articles per second, the same output (tests/test_quotes_compiled.py). ``NEWSBEAM_COMPILE``:

- unset or ``auto``: compile when mypyc (mypy, a build requirement) imports and the C compiler
  and Python's headers work; otherwise say why on stderr and install pure Python;
- ``1``: compile or fail the build (CI, to be sure a build is the compiled one);
- ``0``: pure Python, no mypyc run (a faster install; the extractor runs at the pure speed).

The compiled modules land beside their sources (an editable install and ``python setup.py
build_ext --inplace`` both build in place), with ``compiled.json``: the SHA-256 of each source
compiled. ``transforms/quotes/compiled.py`` uses the compiled modules only while those sources
are unchanged, and ``NEWSBEAM_PURE=1`` forces pure Python at run time without a rebuild.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tomllib

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = os.path.dirname(os.path.abspath(__file__))
PACKAGE = "newsbeam.transforms.quotes"
FOLDER = os.path.join("transforms", "quotes")
# Pure on purpose: ``compiled`` chooses the build before anything compiled loads, ``__init__``
# imports it first, ``version`` is the graph's only need (see transforms/quotes/compiled.py).
PURE = {"__init__.py", "compiled.py", "version.py"}
RECORD = "compiled.json"
# The commands that build extension modules; metadata steps (egg_info, dist_info) and sdist do
# not run mypyc, so pip's metadata and Beam's staging stay quick.
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def _mode() -> str:
    mode = os.environ.get("NEWSBEAM_COMPILE", "auto").strip().lower() or "auto"
    if mode not in ("auto", "1", "0"):
        sys.exit(f"NEWSBEAM_COMPILE={mode!r}: expected auto, 1 or 0")
    return mode


def _say(message: str) -> None:
    print(f"newsbeam setup: {message}", file=sys.stderr)


def compiled_sources() -> list[str]:
    """The extractor's modules that are compiled (file names in transforms/quotes/)."""
    return sorted(n for n in os.listdir(os.path.join(ROOT, FOLDER)) if n.endswith(".py") and n not in PURE)


def _layout(where: str) -> str:
    """The checkout laid out as the installed package, in links (as .ci/typecheck.py does), so
    that mypy names the modules newsbeam.transforms.quotes.x and follows their imports."""
    package_dir = tomllib.loads(open(os.path.join(ROOT, "pyproject.toml"), encoding="utf-8").read())
    package_dir = package_dir["tool"]["setuptools"]["package-dir"]
    package = os.path.join(where, "newsbeam")
    if os.path.isdir(package):
        for name in os.listdir(package):
            os.unlink(os.path.join(package, name))
    os.makedirs(package, exist_ok=True)
    for name in os.listdir(os.path.join(ROOT, package_dir["newsbeam"])):
        if name.endswith(".py"):
            os.symlink(os.path.join(ROOT, package_dir["newsbeam"], name), os.path.join(package, name))
    for name, folder in package_dir.items():
        if name.count(".") == 1:
            os.symlink(os.path.join(ROOT, folder), os.path.join(package, name.split(".")[1]))
    return where


def extensions(mode: str) -> list:
    if mode == "0":
        _say("NEWSBEAM_COMPILE=0: the quote extractor stays pure Python")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as e:
        if mode == "1":
            raise
        _say(f"mypyc is not importable ({e}): the quote extractor stays pure Python")
        return []
    build = os.path.join(ROOT, "build", "mypyc")
    src = _layout(os.path.join(build, "src"))
    paths = [os.path.join(src, "newsbeam", "transforms", "quotes", name) for name in compiled_sources()]
    here = os.getcwd()
    try:
        os.chdir(src)  # mypy resolves `newsbeam` from here, not from the checkout's bare newsbeam/
        return mypycify(["--config-file", os.path.join(ROOT, "pyproject.toml"), *paths],
                        group_name=f"{PACKAGE}.native", target_dir=os.path.join(build, "c"), opt_level="3")
    except (Exception, SystemExit) as e:  # mypyc exits on a type error
        if mode == "1":
            raise
        _say(f"mypyc could not compile the quote extractor ({e!r}): it stays pure Python")
        return []
    finally:
        os.chdir(here)


class BuildExt(build_ext):
    """build_ext that falls back to pure Python when the C build fails (mode auto), and writes
    compiled.json beside the modules it built: the SHA-256 of each compiled source."""

    def run(self) -> None:
        # setuptools' run() clears self.inplace while it builds (and leaves it so on a failure)
        self._in_place = bool(self.inplace or getattr(self, "editable_mode", False))
        try:
            super().run()
        except Exception as e:
            if _mode() == "1":
                raise
            for ext in self.extensions:  # no mix of old and new modules, and no record of them
                for path in (self.get_ext_fullpath(ext.name), self._in_source(ext.name)):
                    for stale in (path, path and os.path.join(os.path.dirname(path), RECORD)):
                        if stale and os.path.exists(stale):
                            os.unlink(stale)
            _say(f"the C build failed ({e}); the quote extractor stays pure Python "
                 "(a C compiler and Python's headers, Debian's python3-dev, are needed to compile)")
            return
        record = {"compiler": _compiler(), "sources": {
            name[:-3]: hashlib.sha256(open(os.path.join(ROOT, FOLDER, name), "rb").read()).hexdigest()
            for name in compiled_sources()}}
        ext = f"{PACKAGE}.extract"
        for path in {self.get_ext_fullpath(ext), self._in_source(ext)}:
            if path and os.path.exists(path):
                with open(os.path.join(os.path.dirname(path), RECORD), "w", encoding="utf-8") as f:
                    json.dump(record, f, indent=1, sort_keys=True)
                    f.write("\n")

    def _in_source(self, name: str) -> str | None:
        """Where an editable install copies the module ``name`` into the checkout."""
        if not getattr(self, "_in_place", self.inplace):
            return None
        package, _, module = name.rpartition(".")
        folder = self.get_finalized_command("build_py").get_package_dir(package)
        return os.path.join(ROOT, folder, os.path.basename(self.get_ext_filename(module)))


def _compiler() -> str:
    try:
        from importlib.metadata import version
        return f"mypyc {version('mypy')}"
    except Exception:
        return "mypyc"


ext_modules = extensions(_mode()) if BUILDS & set(sys.argv[1:]) else []
setup(ext_modules=ext_modules, cmdclass={"build_ext": BuildExt})
