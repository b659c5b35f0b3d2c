"""newsbeam's command line, options, pipeline assembly and runners."""
import logging


def _drop_beam_import_noise(record: logging.LogRecord) -> bool:
    # Beam logs this at import time about optional GCP clients that newsbeam does not use.
    return "apitools not found" not in record.getMessage()


logging.getLogger().addFilter(_drop_beam_import_noise)


def _lean_beam_import() -> None:
    # Importing Beam drags in pandas for extras newsbeam does not use: half of Beam's import
    # time, on the critical path of a run with worker processes (pipeline.beam_speedups).
    # Registered here, before any module of the command can import Beam; nothing is imported now.
    from newsbeam.pipeline.beam_speedups import import_beam_without_pandas

    import_beam_without_pandas()


_lean_beam_import()
