"""Dialogs that answer a question a worker waits for (credentials, host keys, SSH logins): shown without blocking,
answered once on OK, cancelled once on Cancel, on closing, or when the dialog goes away with its parent window, so
the waiting worker never hangs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

_open_dialogs: set[QuestionDialog] = set()


class QuestionDialog(QDialog):
    """`answer()` gives what to hand the waiting worker when accepted; `settle(answer, cancel)` names where to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settled = [False]  # a list: the destroyed handler must not hold the dialog itself
        self._deliver: Callable[[Any], None] = lambda _answer: None
        self._cancel: Callable[[], None] = lambda: None

    def settle(self, deliver: Callable[[Any], None], cancel: Callable[[], None]) -> None:
        self._deliver, self._cancel = deliver, cancel
        settled = self._settled

        def gone() -> None:
            if not settled[0]:
                settled[0] = True
                cancel()

        self.destroyed.connect(gone)

    def answer(self) -> Any:
        raise NotImplementedError

    def done(self, result: int) -> None:
        if not self._settled[0]:
            self._settled[0] = True
            if result == QDialog.DialogCode.Accepted:
                self._deliver(self.answer())
            else:
                self._cancel()
        super().done(result)


def show_question(dialog: QuestionDialog) -> QuestionDialog:
    """Opens the dialog (window-modal where it has a parent) and keeps it alive until it closes."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.add(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.discard(dialog))
    dialog.open()
    return dialog
