"""Show which stage a long run is in, on an interactive terminal only."""

from __future__ import annotations

import threading
import time
from typing import TextIO

DELAY = 1.0
"""Seconds a run must take before its stage is shown; shorter runs print nothing."""


class StageProgress:
    """A progress callback for ``pipeline.generate`` that writes one status line to stream.

    The line appears once the run has taken ``delay`` seconds and is rewritten at each new
    stage. ``close`` erases it. When stream is not a terminal, nothing is ever written.
    """

    def __init__(self, stream: TextIO, delay: float = DELAY) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.start = time.monotonic()
        self.delay = delay
        self.stage = ""
        self.line_written = False
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None
        if self.enabled:
            self.timer = threading.Timer(delay, self._show)
            self.timer.daemon = True
            self.timer.start()

    def __call__(self, stage: str) -> None:
        with self.lock:
            self.stage = stage
        if self.enabled and time.monotonic() - self.start >= self.delay:
            self._show()

    def _show(self) -> None:
        with self.lock:
            if not self.stage:
                return
            self.stream.write(f"\r\x1b[Kgenerator: {self.stage}...")
            self.stream.flush()
            self.line_written = True

    def close(self) -> None:
        """Stop the timer and erase the status line if one was written."""
        if self.timer is not None:
            self.timer.cancel()
        with self.lock:
            if self.line_written:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
            self.stage = ""
