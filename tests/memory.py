"""Peak memory of the current process, for probes that run in a fresh interpreter."""
import resource


def peak_rss_mb() -> float:
    """This process's peak resident size in MiB.

    Linux's VmHWM belongs to the process image and starts afresh at exec. ``ru_maxrss`` does
    not: a child started from pytest inherits pytest's own peak, whatever it did itself.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
