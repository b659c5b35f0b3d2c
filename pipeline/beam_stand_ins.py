"""Stand-ins for what Apache Beam binds at its import for features newsbeam never uses.

Beam's modules bind some names at their top with ``from X import name``, for work done only
inside functions newsbeam does not call:

- ``apache_beam.typehints.typehints``: beartype's ``is_subhint`` (and its exception), called by
  ``is_consistent_with`` only for hints that are neither Beam's own nor plain classes (never in
  a newsbeam run: counted, 0 calls in a one-file run); beartype is 300 modules, 0.19 s of CPU;
- ``apache_beam.coders.coder_impl`` and ``apache_beam.io.avroio``: fastavro (with lz4, snappy
  and cramjam), for ``AvroCoder`` and Avro files; 0.04 s;
- ``apache_beam.transforms.util``: cryptography's ``Fernet``, for ``GroupByEncryptedKey``; 0.03 s;
- ``apache_beam.coders.coders``: proto-plus (``import proto``), for ``ProtoPlusCoder``, whose
  ``from_type_hint`` asks ``issubclass(hint, proto.Message)`` of the hints Beam looks a coder
  up for (a fallback coder); 25 M instructions, ~0.006 s (stop 42, scale6, callgrind). The stand-in's ``Message`` answers that
  question without the import: while proto-plus is not loaded no class can derive from its
  ``Message``, so the answer is False (a non-class raises ``TypeError`` as ``issubclass`` does);
  once it is loaded the real class answers.

That is about 0.27 s of CPU (``python -c 'import X'``, best of 5, less an empty interpreter's)
in every process that imports Beam through newsbeam: the command, the local pool and its
workers, a Dask client and its workers. ``beam_speedups.DEFERRED`` cannot serve here: a
``from X import name`` asks the module for ``name`` at once. So while one of those Beam modules
runs (``WHILE_IMPORTING``), each module it takes names from is a ``_StandIn`` in
``sys.modules`` whose names are ``_later`` functions: a call imports the real module and calls
the real name. The stand-in leaves ``sys.modules`` when the Beam module is done, so anyone
else importing the package gets the real one; a module-level ``import fastavro`` (avroio) binds
the stand-in, whose other attributes import the real module on first use. beartype's
exception, which Beam catches around ``is_subhint``, is the stand-in's ``_DoorError``: the
stand-in ``is_subhint`` raises it from the real one.
"""
from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types

# The names each stand-in offers; any other attribute imports the real module.
NAMES = {
    "beartype.door": ("is_subhint",),
    "beartype.roar": ("BeartypeDoorException",),
    "fastavro": ("parse_schema", "schemaless_reader", "schemaless_writer"),
    "fastavro.read": ("block_reader",),
    "fastavro.write": ("Writer",),
    "cryptography.fernet": ("Fernet",),
    "proto": (),
}
# Beam's modules, and the modules that stand in while each of them runs.
WHILE_IMPORTING = {
    "apache_beam.typehints.typehints": ("beartype.door", "beartype.roar"),
    "apache_beam.coders.coder_impl": ("fastavro",),
    "apache_beam.io.avroio": ("fastavro", "fastavro.read", "fastavro.write"),
    "apache_beam.transforms.util": ("cryptography.fernet",),
    "apache_beam.coders.coders": ("proto",),
}


class _DoorError(Exception):
    """beartype's ``BeartypeDoorException`` as the stand-in ``is_subhint`` raises it."""


def _real(name: str):
    if isinstance(sys.modules.get(name), _StandIn):
        del sys.modules[name]
    return importlib.import_module(name)


def _later(module: str, attr: str):
    def call(*args, **kwargs):
        return getattr(_real(module), attr)(*args, **kwargs)

    call.__name__ = call.__qualname__ = attr
    call.__doc__ = f"{module}.{attr}, imported on the first call (pipeline.beam_stand_ins)."
    return call


def _is_subhint(sub, base):
    real = _real("beartype.door").is_subhint
    error = _real("beartype.roar").BeartypeDoorException
    try:
        return real(sub, base)
    except error as exc:
        raise _DoorError(*exc.args) from exc


class _MessageMeta(type):
    def __subclasscheck__(cls, sub) -> bool:
        real = sys.modules.get("proto")
        if real is not None and not isinstance(real, _StandIn):
            return issubclass(sub, real.Message)
        if not isinstance(sub, type):
            raise TypeError("issubclass() arg 1 must be a class")
        return False

    def __instancecheck__(cls, obj) -> bool:
        return issubclass(type(obj), cls)


class _ProtoMessage(metaclass=_MessageMeta):
    """proto-plus's ``Message`` for ``issubclass``/``isinstance`` questions only (see above)."""


class _StandIn(types.ModuleType):
    """A module not imported yet, offering ``NAMES[name]``; any other attribute imports it."""

    def __init__(self, name: str):
        super().__init__(name)
        for attr in NAMES[name]:
            setattr(self, attr, _later(name, attr))
        if name == "beartype.door":
            self.is_subhint = _is_subhint
        elif name == "beartype.roar":
            self.BeartypeDoorException = _DoorError
        elif name == "proto":
            self.Message = _ProtoMessage

    def __getattr__(self, attr: str):
        if attr.startswith("__"):  # the import system's questions (__path__: not a package)
            raise AttributeError(attr)
        return getattr(_real(self.__name__), attr)


class _Finder(importlib.abc.MetaPathFinder):
    def __init__(self):
        self._pending = set(WHILE_IMPORTING)

    def find_spec(self, name, path=None, target=None):
        if name not in self._pending:
            return None
        self._pending.discard(name)
        if not self._pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _Loader(spec.loader, WHILE_IMPORTING[name])
        return spec


class _Loader(importlib.abc.Loader):
    def __init__(self, loader, names: tuple[str, ...]):
        self._loader = loader
        self._names = names
        self._placed: list[str] = []

    def create_module(self, spec):
        # An extension module built for single-phase init (Beam's Cython coder_impl may be) runs
        # its code here, a Python module in exec_module: the stand-ins cover both.
        self._placed = [name for name in self._names if self._place(name)]
        try:
            return self._loader.create_module(spec)
        except BaseException:
            self._remove()
            raise

    def exec_module(self, module):
        try:
            self._loader.exec_module(module)
        finally:
            self._remove()

    @staticmethod
    def _place(name: str) -> bool:
        # Only for an installed package not loaded yet (a top level's spec imports nothing).
        if name in sys.modules or importlib.machinery.PathFinder.find_spec(name.split(".")[0]) is None:
            return False
        sys.modules[name] = _StandIn(name)
        return True

    def _remove(self) -> None:
        for name in self._placed:
            if isinstance(sys.modules.get(name), _StandIn):
                del sys.modules[name]
        self._placed = []


def install() -> None:
    """Have Beam's first import bind the stand-ins; a no-op once Beam is loaded. Idempotent."""
    if "apache_beam" in sys.modules or any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder())
