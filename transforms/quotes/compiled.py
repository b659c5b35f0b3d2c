"""Whether the quote extractor runs compiled (mypyc) or as pure Python, chosen once per process.

``setup.py`` compiles this package's modules with mypyc when it can (see README, "A faster
extractor") and writes ``compiled.json`` beside the extension modules: the SHA-256 of each source
it compiled. Python's import system prefers an extension module to the ``.py`` file of the same
name, so an extension built from an older source would silently run old code after an edit. This
module, imported by the package's ``__init__`` before any other module of the package, prevents
that: the compiled modules are used only when every recorded source is unchanged, the record
lists every extension module in the folder, and ``NEWSBEAM_PURE`` is not set. Otherwise a finder
placed first on ``sys.meta_path`` loads every module of the package from its ``.py`` file
(all or nothing: compiled modules call each other directly, in C, so a mix cannot be trusted),
and a stale build says so once with a warning naming the changed file and the rebuild command.

Kept pure (``setup.py`` never compiles it, nor ``__init__`` and ``version``): it must run before
any compiled code does, and it reads files, never the extractor.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings

PACKAGE = "newsbeam.transforms.quotes"
RECORD = "compiled.json"
# Modules setup.py leaves as Python: this one, the package (it imports this one first) and the
# version constant (read by the pipeline's graph, which never needs the extractor).
PURE_MODULES = frozenset({"__init__", "compiled", "version"})
REBUILD = "pip install -e . in the checkout (make run and make test do when a source changed)"
_HERE = os.path.dirname(os.path.abspath(__file__))
_state: dict | None = None


def _digest(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _extension_modules(folder: str) -> set[str]:
    """Names of the modules built as extensions in ``folder`` (``extract`` for ``extract.cpython-311-x86_64-linux-gnu.so``)."""
    found = set()
    suffixes = sorted(importlib.machinery.EXTENSION_SUFFIXES, key=len, reverse=True)  # .cpython-311-...so before .so
    for name in os.listdir(folder):
        for suffix in suffixes:
            if name.endswith(suffix):
                found.add(name[:-len(suffix)])
                break
    return found


def check(folder: str = _HERE, environ: os._Environ | dict = os.environ) -> dict:
    """{"compiled": bool, "reason": str, "stale": [files]}: what this package's folder holds,
    without importing any of it. ``compiled`` is True only for an intact build."""
    if environ.get("NEWSBEAM_PURE", "").strip().lower() not in ("", "0", "false", "no"):
        return {"compiled": False, "reason": "pure Python (NEWSBEAM_PURE is set)", "stale": []}
    extensions = {m for m in _extension_modules(folder) if not m.endswith("__mypyc")}
    record_path = os.path.join(folder, RECORD)
    if not os.path.exists(record_path):
        if extensions:
            return {"compiled": False, "stale": sorted(extensions),
                    "reason": f"pure Python (extension modules without {RECORD}: a build from elsewhere)"}
        return {"compiled": False, "reason": "pure Python (not compiled)", "stale": []}
    try:
        with open(record_path, encoding="utf-8") as f:
            record = json.load(f)
        sources = dict(record["sources"])
        compiler = str(record.get("compiler", "mypyc"))
    except (OSError, ValueError, KeyError, TypeError):
        return {"compiled": False, "reason": f"pure Python ({RECORD} is unreadable)", "stale": [RECORD]}
    stale = []
    for module, digest in sorted(sources.items()):
        source = os.path.join(folder, f"{module}.py")
        if module not in extensions or not os.path.exists(source) or _digest(source) != digest:
            stale.append(f"{module}.py")
    if stale:
        return {"compiled": False, "stale": stale,
                "reason": f"pure Python (the compiled modules are stale: {', '.join(stale[:3])}"
                          f"{' ...' if len(stale) > 3 else ''} changed since the build)"}
    unknown = sorted(extensions - set(sources))
    if unknown:
        return {"compiled": False, "stale": unknown,
                "reason": f"pure Python (extension modules {', '.join(unknown[:3])} are not in {RECORD})"}
    return {"compiled": True, "stale": [], "reason": f"compiled ({compiler}, {len(sources)} modules)"}


class _PureFinder:
    """Finds ``newsbeam.transforms.quotes.<module>`` as its ``.py`` file, never an extension."""

    def __init__(self, folder: str):
        self.folder = folder

    def find_spec(self, fullname: str, path=None, target=None):
        package, _, module = fullname.rpartition(".")
        if package != PACKAGE:
            return None
        source = os.path.join(self.folder, f"{module}.py")
        if not os.path.isfile(source):
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def select() -> dict:
    """Decide once, before the package's first module loads: the state (see ``check``). When it
    is not an intact build, the package's modules load from their ``.py`` files."""
    global _state
    if _state is None:
        state = check()
        if not state["compiled"]:
            if not any(isinstance(f, _PureFinder) for f in sys.meta_path):
                sys.meta_path.insert(0, _PureFinder(_HERE))
            if state["stale"]:
                warnings.warn(f"newsbeam: the quote extractor runs as {state['reason']}; rebuild with "
                              f"{REBUILD}", RuntimeWarning, stacklevel=2)
        _state = state
    return _state


def status() -> str:
    """One line for ``newsbeam --version`` and ``extract --explain``: how the extractor runs,
    read from the modules actually loaded when the extractor is loaded."""
    state = select()
    extract = sys.modules.get(f"{PACKAGE}.extract")
    if extract is not None:
        loaded = not str(getattr(extract, "__file__", "")).endswith(".py")
        if loaded != state["compiled"]:  # never expected: say what runs, not what was planned
            return f"{'compiled' if loaded else 'pure Python'} (loaded), against the check: {state['reason']}"
    return state["reason"]


def source_of(module) -> str:
    """The ``.py`` file of one of the package's modules, compiled or not (a compiled module's
    ``__file__`` names its extension module, and a wrong folder when another compiled module
    imported it first: mypyc places it from the shared library's folder)."""
    return os.path.join(_HERE, module.__name__.rpartition(".")[2] + ".py")


def is_compiled() -> bool:
    """True when the extractor's modules are (or will be) the compiled ones."""
    return bool(select()["compiled"])
