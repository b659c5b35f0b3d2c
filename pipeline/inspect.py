"""``newsbeam inspect DIR``: what a dataset holds, read from Parquet footers and manifests only."""
from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict

import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from newsbeam.schemas.tables import schema_version_of
from newsbeam.transforms.io import layout
from newsbeam.transforms.io.dataset import EMPTY_FILE, Location
from newsbeam.transforms.io.feedstate import FeedStateStore

TABLE_ORDER = ("articles", "bullets", "quotes", "rejects")


def _files(fs: pafs.FileSystem, root: str, table: str) -> list[pafs.FileInfo]:
    infos = fs.get_file_info(pafs.FileSelector(f"{root}/{table}", allow_not_found=True, recursive=True))
    return [i for i in infos if i.type == pafs.FileType.File]


def describe(location: Location, *, runs: int = 5) -> dict:
    """Raises FileNotFoundError when ``location`` is not a newsbeam dataset."""
    fs, root = location.fs_and_root
    kind = fs.get_file_info(root).type
    if kind == pafs.FileType.NotFound:
        raise FileNotFoundError(f"no such directory: {location.uri}")
    if kind != pafs.FileType.Directory:
        raise FileNotFoundError(f"{location.uri} is a file, not a dataset directory")
    if fs.get_file_info(location.path(layout.DATASET_FILE)).type != pafs.FileType.File:
        raise FileNotFoundError(f"{location.uri} is not a newsbeam dataset (no {layout.DATASET_FILE}; "
                                f"a run's --output is one)")
    report: dict = {"output": location.uri, "tables": {}, "hidden_files": 0}
    with fs.open_input_stream(location.path(layout.DATASET_FILE)) as fh:
        recorded = json.loads(fh.read())
    report["partition_by"] = recorded.get("partition_by")
    versions: Counter = Counter()
    for table in TABLE_ORDER:
        infos = _files(fs, root, table)
        infos = [i for i in infos if i.base_name != EMPTY_FILE]  # an empty table's zero-row file
        visible = [i for i in infos if i.base_name.endswith(".parquet") and not i.base_name.startswith(".")]
        report["hidden_files"] += len(infos) - len(visible)
        partitions: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for info in visible:
            partition = info.path[len(root) + len(table) + 2:].rsplit("/", 1)[0]
            with fs.open_input_file(info.path) as fh:
                meta = pq.ParquetFile(fh).metadata
            rows = meta.num_rows
            versions[schema_version_of(meta.schema.to_arrow_schema())] += 1
            partitions[partition].append((rows, info.size))
        per_partition = [len(v) for v in partitions.values()]
        sizes = [size for v in partitions.values() for _, size in v]
        report["tables"][table] = {
            "partitions": len(partitions),
            "files": len(visible),
            "rows": sum(r for v in partitions.values() for r, _ in v),
            "bytes": sum(sizes),
            "files_per_partition_max": max(per_partition, default=0),
            "file_mb_median": round(statistics.median(sizes) / 2**20, 3) if sizes else 0.0,
            "file_mb_max": round(max(sizes, default=0) / 2**20, 3),
            "date_range": _date_range(partitions),
        }
    report["schema_versions"] = dict(sorted(versions.items()))
    report["rejects_by_reason"] = _rejects_by_reason(fs, root) if report["tables"]["rejects"]["files"] else {}
    report["runs"] = _recent_runs(fs, root, runs)
    report["feeds"] = _feed_health(location)
    return report


def _date_range(partitions) -> list[str] | None:
    dates = sorted(p.rsplit("date=", 1)[-1] for p in partitions if "date=" in p)
    return [dates[0], dates[-1]] if dates else None


def _rejects_by_reason(fs, root: str) -> dict[str, int]:
    dataset = ds.dataset(f"{root}/rejects", filesystem=fs, format="parquet", partitioning="hive")
    counts = Counter(dataset.to_table(columns=["reason"]).column("reason").to_pylist())
    return dict(counts.most_common())


def _recent_runs(fs, root: str, limit: int) -> list[dict]:
    infos = [i for i in fs.get_file_info(pafs.FileSelector(f"{root}/{layout.RUNS}", allow_not_found=True))
             if layout.is_manifest_name(i.base_name)]
    runs = []
    # By when each manifest was written: run ids start with the second the run began, and two
    # runs within one second sort by their random suffix.
    for info in sorted(infos, key=lambda i: (i.mtime_ns or 0, i.base_name))[-limit:]:
        with fs.open_input_stream(info.path) as fh:
            manifest = json.loads(fh.read())
        summary = manifest.get("summary", {})
        runs.append({k: manifest.get(k) for k in ("run_id", "status", "mode", "seconds")}
                    | {k: summary.get(k) for k in ("inputs", "articles", "articles_unchanged",
                                                   "quotes", "rejects")})
    return runs


def _feed_health(location: Location) -> list[dict]:
    store = FeedStateStore(layout.uri(location, layout.FEEDS_DIR))
    out = []
    for name, state in sorted(store.all().items()):
        out.append({"feed": name, "url": state.url, "last_status": state.last_status,
                    "last_reason": state.last_reason, "last_success": state.last_success,
                    "last_fetch": state.last_fetch, "failures": state.consecutive_failures,
                    "suspended_until": state.suspended_until, "status": state.health,
                    "parse_reason": state.parse_reason, "parse_detail": state.parse_detail})
    return out


_COLUMNS = (  # (header, width, format of the value)
    ("table", 9, "<"), ("partitions", 10, ">"), ("files", 6, ">"), ("rows", 10, ">"), ("MB", 9, ">"),
    ("files/part max", 14, ">"), ("file MB median", 14, ">"),
)


def _row(values) -> str:
    return "  " + " ".join(f"{str(v):{align}{width}}" for v, (_, width, align) in zip(values, _COLUMNS))


def _feed_status(f: dict) -> str:
    """``ok (HTTP 200)``, ``blocked-host``, ``http-404``, ``malformed (HTTP 200)``: what the last
    fetch came to, and the last document served when it did not read cleanly."""
    if f.get("last_reason"):
        return f["last_reason"]
    if f.get("parse_reason"):
        return f"{f['parse_reason']} (HTTP {f['last_status']})"
    if f.get("last_status") is not None:
        return f"ok (HTTP {f['last_status']})"
    return "not fetched yet"


def format_report(report: dict) -> str:
    scheme = ",".join(report.get("partition_by") or []) or "?"
    versions = ", ".join(f"v{v}: {n} files" for v, n in report.get("schema_versions", {}).items())
    lines = [f"dataset {report['output']}  (partitioned by {scheme}"
             + (f"; schema {versions}" if versions else "") + ")", "",
             _row([h for h, _, _ in _COLUMNS]) + "  dates"]
    for table, t in report["tables"].items():
        dates = " .. ".join(t["date_range"]) if t["date_range"] else "-"
        lines.append(_row([table, t["partitions"], t["files"], t["rows"], f"{t['bytes'] / 2**20:.2f}",
                           t["files_per_partition_max"], f"{t['file_mb_median']:.3f}"]) + f"  {dates}")
    if report["hidden_files"]:
        lines.append(f"  ({report['hidden_files']} temporary files of interrupted runs, invisible to readers)")
    if report["rejects_by_reason"]:
        lines += ["", "  rejects by reason:"]
        lines += [f"    {reason:<22} {count:>7}" for reason, count in report["rejects_by_reason"].items()]
    if report["runs"]:
        lines += ["", "  recent runs:"]
        for r in report["runs"]:
            lines.append(f"    {r['run_id']}  {r['status'] or '?':<11} {r['mode'] or '':<9} "
                         f"{(r['seconds'] or 0):>7.1f} s  inputs={r['inputs']} articles={r['articles']} "
                         f"unchanged={r['articles_unchanged']} quotes={r['quotes']} rejects={r['rejects']}")
    if report["feeds"]:
        lines += ["", "  feeds:"]
        width = max(len(f["feed"]) for f in report["feeds"])
        for f in report["feeds"]:
            flag = f"  SUSPENDED until {f['suspended_until']}" if f["suspended_until"] else ""
            lines.append(f"    {f['feed']:<{width}}  {_feed_status(f):<16} failures={f['failures']} "
                         f"last={f['last_fetch'] or '-'}{flag}")
            if f.get("parse_reason"):
                lines.append(f"    {'':<{width}}  {f['parse_reason']}: {f.get('parse_detail') or ''}")
    return "\n".join(lines)
