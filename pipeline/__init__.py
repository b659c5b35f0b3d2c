"""newsbeam's command line, options, pipeline assembly and runners."""
import logging


def _drop_beam_import_noise(record: logging.LogRecord) -> bool:
    # Beam logs this at import time about optional GCP clients that newsbeam does not use.
    return "apitools not found" not in record.getMessage()


logging.getLogger().addFilter(_drop_beam_import_noise)
