"""Progress of a long audit on stderr: ``reading files: 120/480``.

Shown only when the stream is a terminal, never otherwise (a pipe, a
file, CI logs): :func:`reporter` returns None then, and the pipeline
never calls anything.  Nothing is drawn for runs shorter than
:data:`DELAY` seconds, updates are throttled to :data:`INTERVAL`, and
the line is erased when reading ends, so the terminal keeps only the
report.
"""

from __future__ import annotations

import sys
import time
from typing import Optional

#: seconds before the first update (short runs show nothing)
DELAY = 0.3
#: seconds between updates
INTERVAL = 0.1


class Progress:
    def __init__(self, stream, label: str = "reading files", delay: Optional[float] = None,
                 interval: Optional[float] = None, clock=time.monotonic):
        self.stream = stream
        self.label = label
        self.delay = DELAY if delay is None else delay
        self.interval = INTERVAL if interval is None else interval
        self.clock = clock
        self.start = clock()
        self.last = None  # when the line was last drawn
        self.width = 0  # length of the line drawn

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if now - self.start < self.delay:
            return
        if self.last is not None and now - self.last < self.interval and done < total:
            return
        self.last = now
        line = f"{self.label}: {done}/{total}"
        self.stream.write("\r" + line + " " * max(0, self.width - len(line)))
        self.stream.flush()
        self.width = len(line)

    def close(self) -> None:
        """Erase the progress line, if one was drawn."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def reporter(stream=None, quiet: bool = False) -> Optional[Progress]:
    """A progress callback for ``stream`` (default stderr) when it is a
    terminal, else None."""
    stream = sys.stderr if stream is None else stream
    if quiet:
        return None
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError, OSError):
        return None
    return Progress(stream) if tty else None
