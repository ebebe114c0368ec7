"""Bounds on one document: how many bytes it may have and how long it may take.

A crawl of a million pages holds a few that no rule was written for: a 2 GB dump, a page of
one 50 MB line, a page that sends some pattern into a slow path. Each must cost one record in
errors.jsonl, not the run. `Limits` says how much a document may take; `time_budget` stops
the document that takes longer, wherever it is, by raising `DocumentTimeout` from a timer
signal (Python's `re` and the `regex` module both check for signals while they match, so a
pattern that backtracks for ever is stopped too).

The timer is a signal of the process, which only its main thread receives: the in-process and
local-pool backends run documents there. A Dask worker runs them in threads, where no budget
can be enforced; the size limit applies everywhere.

>>> Limits(max_mb=0.001).check_size(2048)
'the input is 0.002048 MB, over the limit of 0.001 MB (--max-mb)'
>>> Limits().check_size(2048) is None
True
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """How much one document may take. Vary it with `dataclasses.replace`."""

    max_mb: float | None = 32.0  # bytes of input, in MB (10**6); None: no limit
    seconds: float | None = 120.0  # processing time of one document; None: no limit

    def __post_init__(self) -> None:
        for name in ("max_mb", "seconds"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ValueError(f"{name} must be positive or None, not {value}")

    @property
    def max_bytes(self) -> int | None:
        return None if self.max_mb is None else int(self.max_mb * 1e6)

    def check_size(self, n_bytes: int, whole: bool = True) -> str | None:
        """Why an input of `n_bytes` is refused, or None. `whole`: n_bytes is its whole size (not
        just what was read of a stream before the limit was passed)."""
        if self.max_bytes is None or n_bytes <= self.max_bytes:
            return None
        size = f"{n_bytes / 1e6:g} MB" if whole else f"more than {self.max_mb:g} MB"
        return f"the input is {size}, over the limit of {self.max_mb:g} MB (--max-mb)"

    def timeout_reason(self) -> str:
        return f"stopped after {self.seconds:g} s, the time limit of one document (--timeout)"


class DocumentTimeout(BaseException):
    """The document took longer than its budget. A BaseException, so that no `except Exception`
    on the way (a library's, or ours) takes it for an ordinary error and carries on."""


def _expire(signum, frame):
    raise DocumentTimeout


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise DocumentTimeout in the block once `seconds` have passed (main thread only; elsewhere
    and with None, the block runs unbounded). The timer and the handler before it are restored
    on the way out.

    >>> import time
    >>> try:
    ...     with time_budget(0.05):
    ...         time.sleep(1)
    ... except DocumentTimeout:
    ...     print("stopped")
    stopped
    """
    if seconds is None or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
