"""One program per database file: a lock beside the file, and a local socket to bring the first window forward.

The lock is taken before the database is opened; the socket (QtNetwork) is opened once the window is up
(``listen``), so start-up does not wait for it. A second start in between is still refused, only without
bringing the first window forward.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket


class LockNotWritable(OSError):
    """The lock file cannot be made: the data folder is not writable (not "another program has it")."""


class SingleInstance(QObject):
    """``acquire()`` is True for the first program on ``db_file``; a second one wakes the first and gets False."""

    activated = Signal()  # a second start asked this program to come forward

    def __init__(self, db_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = QLockFile(str(db_file.with_name(db_file.name + ".lock")))
        self.lock.setStaleLockTime(0)  # a lock whose process is gone is stale however young it is
        digest = hashlib.sha1(str(db_file.resolve()).encode()).hexdigest()[:16]
        self.server_name = f"garage_desktop-{digest}"
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock; False (after asking the program holding it to come forward) when it is taken.
        Raises ``LockNotWritable`` when the lock file cannot be written at all (a read-only folder)."""
        if not self.lock.tryLock(200):
            if self.lock.error() != QLockFile.LockError.LockFailedError:
                raise LockNotWritable(f"cannot write the lock file {self.lock.fileName()} "
                                      f"({self.lock.error().name})")
            self._wake_first()
            return False
        return True

    def listen(self) -> None:
        """Answer later starts on the same file (after ``acquire``)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.isLocked():
            return
        QLocalServer.removeServer(self.server_name)  # left over by a crashed run
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.server_name)

    def _wake_first(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if socket.waitForConnected(500):
            socket.write(b"raise\n")
            socket.flush()
            socket.waitForBytesWritten(500)
            socket.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._on_message(c))

    def _on_message(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(b"raise"):
            self.activated.emit()
        connection.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()
