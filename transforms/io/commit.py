"""Committing a run: stage, journal, apply; and recovering from a run that died on the way.

A run never writes into the live dataset from its workers. Every file it makes goes to its
own staging folder, ``_state/txn/RUN_ID/pN/<path in the dataset>``, where ``N`` is the phase of
the commit that moves it into place; the live files it removes are listed in
``_state/txn/RUN_ID/deletes/*.json``. Once the pipeline has finished, the main process (the
holder of the output lock) commits:

1. it lists the staged files and deletions as one ordered plan of operations;
2. it writes that plan, with the run id, to ``_state/commit.json`` (temp file, fsync, rename):
   from here on the commit is decided and any later run finishes it;
3. it removes ``_SUCCESS``, applies the operations in order (each a rename over the old name,
   or a deletion), writes ``_SUCCESS`` again and removes the journal.

The phases order what a reader of the data files can see (``PHASES``): articles that come or
change first, then their bullets and quotes; rows that go in the opposite order, bullets and
quotes before their articles; the index, rejects and feed states last. So a reader never
sees a quote or a bullet whose article is not there.

``recover`` runs at the start of every run and in ``newsbeam repair``, under the lock: a
journal left by a dead run is applied to the end (roll forward: every operation is
idempotent, and a staged file is only ever moved, never rewritten); staging folders without a
journal belong to runs that died before committing and are deleted (roll back: the live data
was never touched). Neither depends on the input of the run that recovers.

Fencing: only the main process commits, after checking before each phase that the lock file
still carries its run id (``check_token``); a worker process of a dead run can only write
into its own staging folder, which the next run deletes. Worker processes also stop as soon as
the process that started them is gone (``guard_worker``).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import stat
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pyarrow.fs as pafs

from newsbeam.transforms.io import layout
from newsbeam.transforms.io.layout import JOURNAL, RUN_PID_ENV, SUCCESS, TXN

if TYPE_CHECKING:  # only for annotations: dataset imports this module
    from newsbeam.transforms.io.dataset import Location

log = logging.getLogger("newsbeam")

# The phases of a commit, in order.
ADD_ARTICLES = 1  # articles files that only add or replace rows (or keep rows that go, for now)
ADD_ROWS = 2  # bullets and quotes files that only add or replace rows
DROP_ROWS = 3  # bullets and quotes files that lose rows, and their deleted files
DROP_ARTICLES = 4  # articles files that lose rows, and their deleted files
STATE = 5  # the index, rejects, feed states
PHASES = (ADD_ARTICLES, ADD_ROWS, DROP_ROWS, DROP_ARTICLES, STATE)
MOVE, DELETE = "move", "delete"


class UnsafeOutput(RuntimeError):
    """The output holds something newsbeam will not write through (a symbolic link, a
    journal it cannot read), or another run now holds it."""


# --------------------------------------------------------------------------- paths and phases


def txn_dir(location: Location, run_id: str) -> str:
    return location.path(layout.txn(run_id))


def staged_path(location: Location, run_id: str, phase: int, rel: str) -> str:
    return location.path(layout.staged(run_id, phase, rel))


def data_phase(table: str, loses_rows: bool) -> int:
    """The phase of a rewritten data file: one that loses rows goes after the files that add."""
    if table == "articles":
        return DROP_ARTICLES if loses_rows else ADD_ARTICLES
    if table in ("bullets", "quotes"):
        return DROP_ROWS if loses_rows else ADD_ROWS
    return STATE


def delete_phase(table: str) -> int:
    return data_phase(table, True)


@dataclasses.dataclass(frozen=True)
class Op:
    kind: str  # move | delete
    phase: int
    path: str  # relative to the dataset root: the file moved into place, or deleted
    source: str = ""  # for a move: the staged file, relative to the dataset root

    def to_json(self) -> list:
        return [self.kind, self.phase, self.path, self.source]

    @classmethod
    def from_json(cls, value: Sequence) -> Op:
        kind, phase, path, source = value
        if kind not in (MOVE, DELETE) or not isinstance(path, str) or not isinstance(source, str):
            raise ValueError(f"not an operation: {value!r}")
        return cls(kind, int(phase), path, source)


# --------------------------------------------------------------------------- small files


def write_bytes_atomic(location: Location, path: str, payload: bytes) -> None:
    """Write a small file under a temporary name, flush it to disk, and rename it into place
    (and, locally, flush the folder): after a crash the file is the old one or the new one."""
    fs, _ = location.fs_and_root
    directory, name = path.rsplit("/", 1)
    tmp = f"{directory}/.{name}.{uuid.uuid4().hex}.tmp"
    if not location.is_local:
        fs.create_dir(directory, recursive=True)
        with fs.open_output_stream(tmp) as out:
            out.write(payload)
        fs.move(tmp, path)
        return
    os.makedirs(directory, exist_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _read_json(location: Location, path: str):
    fs, _ = location.fs_and_root
    with fs.open_input_stream(path) as fh:
        return json.loads(fh.read())


def _exists(fs: pafs.FileSystem, path: str) -> bool:
    return fs.get_file_info(path).type == pafs.FileType.File


# --------------------------------------------------------------------------- links


def refuse_links(location: Location, rel: str, checked: set[str] | None = None) -> None:
    """Raise ``UnsafeOutput`` if a folder or file on the way from the dataset root to ``rel``
    is a symbolic link. The root itself may be one (the user chose it); nothing inside is
    followed, so a link can neither make a run write, merge or delete files elsewhere nor
    truncate its target. Local outputs only (object stores have no links)."""
    if not location.is_local:
        return
    at = location.uri
    for part in [p for p in rel.split("/") if p]:
        at = f"{at}/{part}"
        if checked is not None and at in checked:
            continue
        try:
            mode = os.lstat(at).st_mode
        except FileNotFoundError:
            return
        if stat.S_ISLNK(mode):
            raise UnsafeOutput(
                f"{at} is a symbolic link; newsbeam never follows links inside its output "
                f"(remove the link, or write to another --output)")
        if checked is not None:
            checked.add(at)


# --------------------------------------------------------------------------- the plan


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def record_deletes(location: Location, run_id: str, key: str, deletes: Iterable[tuple[int, str]]) -> int:
    """Stage the deletion of live files, as (phase, path relative to the root), under a name
    made from ``key``: a retried bundle replaces its own list."""
    deletes = sorted(set(deletes))
    if not deletes:
        return 0
    fs, _ = location.fs_and_root
    directory = location.path(layout.txn_deletes(run_id))
    fs.create_dir(directory, recursive=True)
    path = f"{directory}/{_key(key)}.json"
    tmp = f"{directory}/.{_key(key)}.{uuid.uuid4().hex}.tmp"
    with fs.open_output_stream(tmp) as out:
        out.write(json.dumps([[phase, rel] for phase, rel in deletes]).encode())
    fs.move(tmp, path)
    return len(deletes)


def _files_under(fs: pafs.FileSystem, directory: str) -> list[str]:
    infos = fs.get_file_info(pafs.FileSelector(directory, allow_not_found=True, recursive=True))
    return sorted(i.path for i in infos if i.type == pafs.FileType.File)


def plan_commit(location: Location, run_id: str) -> list[Op]:
    """The operations that make a run's staged work live, in the order they must happen."""
    fs, root = location.fs_and_root
    ops: list[Op] = []
    for phase in PHASES:
        stage = location.path(layout.staged(run_id, phase))
        for path in _files_under(fs, stage):
            rel = path[len(stage) + 1:]
            if rel.rsplit("/", 1)[-1].startswith("."):
                continue  # a temporary file of a write that did not finish
            ops.append(Op(MOVE, phase, rel, path[len(root) + 1:]))
    moved = {op.path for op in ops}
    for path in _files_under(fs, location.path(layout.txn_deletes(run_id))):
        if not path.endswith(".json") or path.rsplit("/", 1)[-1].startswith("."):
            continue
        for phase, rel in _read_json(location, path):
            if rel not in moved:
                ops.append(Op(DELETE, int(phase), rel))
    return sorted(set(ops), key=lambda op: (op.phase, op.kind != DELETE, op.path, op.source))


# --------------------------------------------------------------------------- applying


def _apply_op(location: Location, op: Op) -> None:
    """Apply one operation, idempotently: a move whose source is gone was made already."""
    fs, root = location.fs_and_root
    target = f"{root}/{op.path}"
    if op.kind == DELETE:
        try:
            fs.delete_file(target)
        except FileNotFoundError:
            pass
        return
    source = f"{root}/{op.source}"
    if not _exists(fs, source):
        if not _exists(fs, target):
            log.warning("commit: %s was neither staged nor in place; left as it is", op.path)
        return
    fs.create_dir(target.rsplit("/", 1)[0], recursive=True)
    fs.move(source, target)


def apply_ops(location: Location, ops: Sequence[Op], *, before_phase: Callable[[int], None] | None = None) -> None:
    checked: set[str] = set()
    phase = None
    for op in ops:
        if op.phase != phase:
            phase = op.phase
            if before_phase is not None:
                before_phase(phase)
        refuse_links(location, op.path, checked)
        _apply_op(location, op)


def _write_success(location: Location, run_id: str) -> None:
    payload = {"run_id": run_id, "committed_at": datetime.now(UTC).isoformat()}
    write_bytes_atomic(location, location.path(SUCCESS), json.dumps(payload, indent=1).encode())


def read_success(location: Location) -> dict | None:
    """The last committed run (``{"run_id", "committed_at"}``), or None while a commit is in
    progress, after a crash that left one unfinished, or before the first commit."""
    try:
        return _read_json(location, location.path(SUCCESS))
    except (FileNotFoundError, ValueError):
        return None


def _remove_tree(location: Location, path: str) -> None:
    fs, _ = location.fs_and_root
    try:
        fs.delete_dir(path)
    except FileNotFoundError:
        pass


CLEAR_THREADS = 8  # a level of a local staged tree is removed by this many threads at once


def _remove_local_trees(paths: Sequence[str]) -> None:
    """Remove the local trees at ``paths``, deepest level first, each level's entries in
    parallel. After a commit the staged tree is its emptied folders (a 4k run: 136 partition
    folders); on the ext4 disk here one ``rmdir`` costs about 3 ms, and removing them one after
    the other took 0.4-0.5 s at the end of every run, against 0.06-0.11 s level by level with 8
    threads (bench/README.md, "Stop 38, stages"). Links are removed, never followed
    (``os.walk`` does not descend into them); what cannot be removed here is left to
    ``_remove_tree`` after."""
    files: list[str] = []
    folders: dict[int, list[str]] = {}
    for path in paths:
        if os.path.islink(path):
            continue  # left to _remove_tree, as before
        for root, dirs, names in os.walk(path):
            depth = root.count(os.sep)
            folders.setdefault(depth, []).append(root)
            files += [os.path.join(root, name) for name in names]
            files += [os.path.join(root, name) for name in dirs if os.path.islink(os.path.join(root, name))]
    if not folders:
        return
    with ThreadPoolExecutor(CLEAR_THREADS) as pool:
        list(pool.map(_unlink, files))
        for depth in sorted(folders, reverse=True):  # a folder goes once everything in it has
            list(pool.map(_rmdir, folders[depth]))


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:  # gone already, or left to _remove_tree
        pass


def _rmdir(path: str) -> None:
    try:
        os.rmdir(path)
    except OSError:  # gone already, or not empty: left to _remove_tree
        pass


def clear_stage(location: Location, run_id: str) -> None:
    """Delete what a run staged (its phases and deletion lists), keeping its other run state."""
    folders = [location.path(folder)
               for folder in [layout.staged(run_id, phase) for phase in PHASES] + [layout.txn_deletes(run_id)]]
    if location.is_local:
        _remove_local_trees(folders)
    for folder in folders:  # what is left (an object store's prefixes; a local tree is gone)
        _remove_tree(location, folder)
    fs, _ = location.fs_and_root
    if not fs.get_file_info(pafs.FileSelector(txn_dir(location, run_id), allow_not_found=True)):
        _remove_tree(location, txn_dir(location, run_id))


@dataclasses.dataclass(frozen=True)
class CommitResult:
    run_id: str
    moved: int
    deleted: int


def commit(location: Location, run_id: str, *, check_token: Callable[[], None] | None = None) -> CommitResult:
    """Make a run's staged work live (see the module's docstring). ``check_token`` raises when
    the caller no longer holds the output; it is called before the journal is written and
    before each phase."""
    ops = plan_commit(location, run_id)
    checked: set[str] = set()
    for op in ops:
        refuse_links(location, op.path, checked)
    refuse_links(location, JOURNAL)
    refuse_links(location, SUCCESS)
    if not ops:
        clear_stage(location, run_id)
        if read_success(location) is None:
            _write_success(location, run_id)
        return CommitResult(run_id, 0, 0)
    if check_token is not None:
        check_token()
    journal = {"run_id": run_id, "ops": [op.to_json() for op in ops]}
    write_bytes_atomic(location, location.path(JOURNAL), json.dumps(journal).encode())
    _finish(location, run_id, ops, check_token)
    return CommitResult(run_id, sum(op.kind == MOVE for op in ops), sum(op.kind == DELETE for op in ops))


def _finish(location: Location, run_id: str, ops: Sequence[Op], check_token) -> None:
    fs, _ = location.fs_and_root
    try:
        fs.delete_file(location.path(SUCCESS))
    except FileNotFoundError:
        pass
    apply_ops(location, ops, before_phase=(lambda _: check_token()) if check_token else None)
    _write_success(location, run_id)
    fs.delete_file(location.path(JOURNAL))
    clear_stage(location, run_id)


@dataclasses.dataclass(frozen=True)
class Recovery:
    rolled_forward: str | None  # the run whose journaled commit was finished
    operations: int  # the operations of its journal
    discarded: tuple[str, ...]  # runs whose staged work was deleted

    def describe(self) -> str:
        parts = []
        if self.rolled_forward:
            parts.append(f"finished the interrupted commit of run {self.rolled_forward} "
                         f"({self.operations} operations)")
        if self.discarded:
            parts.append(f"discarded the uncommitted work of {len(self.discarded)} dead run(s): "
                         + ", ".join(self.discarded))
        return "; ".join(parts) or "nothing to recover"


def recover(location: Location, *, keep: Iterable[str] = ()) -> Recovery:
    """Finish or roll back what dead runs left, whatever input comes next. Call it holding
    the lock, before anything reads the dataset. ``keep``: run ids whose staging stays."""
    fs, _ = location.fs_and_root
    refuse_links(location, JOURNAL)
    refuse_links(location, TXN + "/x")
    rolled, count = None, 0
    journal_path = location.path(JOURNAL)
    if _exists(fs, journal_path):
        try:
            journal = _read_json(location, journal_path)
            ops = [Op.from_json(op) for op in journal["ops"]]
            rolled = str(journal["run_id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise UnsafeOutput(
                f"{journal_path} cannot be read ({exc}): a commit was interrupted and its plan "
                f"is damaged. Its staged files are under {location.path(TXN)}; restore the "
                f"dataset from a backup, or delete the journal to accept the data as it is") from None
        count = len(ops)
        log.warning("finishing the interrupted commit of run %s (%d operations)", rolled, count)
        _finish(location, rolled, ops, None)
    keep = set(keep)
    discarded = []
    infos = fs.get_file_info(pafs.FileSelector(location.path(TXN), allow_not_found=True))
    for info in sorted(infos, key=lambda i: i.path):
        if info.base_name in keep:
            continue
        _remove_tree(location, info.path) if info.type == pafs.FileType.Directory else fs.delete_file(info.path)
        if info.base_name != rolled:
            discarded.append(info.base_name)
    if discarded:
        log.warning("discarded the uncommitted work of dead runs: %s", ", ".join(discarded))
    return Recovery(rolled, count, tuple(discarded))


def pending(location: Location) -> str | None:
    """The run id of an unfinished commit's journal, if one is there."""
    try:
        return str(_read_json(location, location.path(JOURNAL)).get("run_id"))
    except FileNotFoundError:
        return None
    except (ValueError, AttributeError):
        return "unknown"


# --------------------------------------------------------------------------- workers


_guard_lock = threading.Lock()
_guarded = False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"  # a zombie is dead
    except (OSError, IndexError):
        return True


def guard_worker(poll: float = 0.1) -> None:
    """In a worker process started by a newsbeam run: exit as soon as that run's main process
    is gone (it was killed), so that no worker goes on working for a dead run. A no-op in the
    main process itself and where no run started the process (a cluster's workers)."""
    global _guarded
    value = os.environ.get(RUN_PID_ENV, "")
    if not value.isdigit() or int(value) == os.getpid():
        return
    with _guard_lock:
        if _guarded:
            return
        _guarded = True
    pid, parent = int(value), os.getppid()

    def watch():
        while _alive(pid) and os.getppid() == parent:
            time.sleep(poll)
        os._exit(70)  # the run is dead: stop at once, in the middle of whatever this was

    if not _alive(pid):
        os._exit(70)
    threading.Thread(target=watch, name="newsbeam-run-guard", daemon=True).start()
