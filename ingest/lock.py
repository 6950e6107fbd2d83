"""One writer at a time per scrutiny home: an exclusive, non-blocking ``flock`` on ``HOME/ingest.lock``.

The lock belongs to the open file, so the kernel releases it when the
process ends in any way, ``kill -9`` included: there is never a stale lock to
clean up. A second ingest on the same home fails at once with
:class:`HomeBusy` ("another scrutiny ingest is running on HOME") instead of
waiting or interleaving its writes with the first one's.
"""
from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: SQLite's own locking (busy timeout) is the only guard
    fcntl = None

LOCK_NAME = "ingest.lock"


class HomeBusy(RuntimeError):
    """Another process holds the ingest lock of this home."""

    def __init__(self, home: Path, holder: str | None = None):
        self.home, self.holder = home, holder
        who = f" (pid {holder})" if holder else ""
        super().__init__(f"another scrutiny ingest is running on {home}{who}; try again when it has finished")


class IngestLock:
    """``with IngestLock(home): ...`` holds the home's writer lock for the block."""

    def __init__(self, home: str | os.PathLike):
        self.home = Path(home)
        self.path = self.home / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> "IngestLock":
        self.home.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                try:
                    holder = os.read(fd, 32).decode("ascii", "ignore").strip() or None
                finally:
                    os.close(fd)
                raise HomeBusy(self.home, holder) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)
            except OSError:
                pass
            os.close(self._fd)  # closing the only descriptor releases the flock
            self._fd = None

    def __enter__(self) -> "IngestLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
