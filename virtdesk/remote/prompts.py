"""The questions a login asks (passwords, passphrases, keyboard-interactive prompts) and how they are answered.

A `Prompt` is called on the worker thread that connects, never on a GUI thread; it returns the answer, or None
when the user cancels. A GUI answers asynchronously through `asynchronous`: the worker waits while a dialog is
open, and the dialog hands its answer (or its cancel) to a `Reply` from the GUI thread.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
Q = TypeVar("Q")


class QuestionKind(enum.Enum):
    PASSWORD = "password"
    PASSPHRASE = "passphrase"
    KEYBOARD_INTERACTIVE = "keyboard-interactive"


@dataclass(frozen=True)
class Question:
    """One question of a login. `target` is `user@host:port` (or the key file, for a passphrase); `text` is the
    question itself (the server's own words for keyboard-interactive); `attempt` counts from 1, so a dialog can
    say that the previous answer was wrong."""

    kind: QuestionKind
    target: str
    text: str
    echo: bool = False
    instructions: str = ""
    attempt: int = 1

    def __repr__(self) -> str:
        return f"Question({self.kind.value}, {self.target!r}, {self.text!r}, attempt={self.attempt})"


Prompt = Callable[[Question], str | None]


class Reply(Generic[T]):
    """An answer the worker waits for; `answer` or `cancel` may be called from any thread, once."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._value: T | None = None

    def answer(self, value: T) -> None:
        self._value = value
        self._done.set()

    def cancel(self) -> None:
        self._done.set()

    def wait(self, timeout: float | None = None) -> T | None:
        """The answer; None when cancelled or not answered in time."""
        if not self._done.wait(timeout):
            return None
        value, self._value = self._value, None
        return value


def asynchronous(post: Callable[[Q, Reply[T]], None], timeout: float | None = None) -> Callable[[Q], T | None]:
    """A blocking callback for the worker made of `post`, which must return at once: it hands the question and
    its Reply to whoever answers (e.g. queues a dialog on the GUI thread)."""

    def ask(question: Q) -> T | None:
        reply: Reply[T] = Reply()
        post(question, reply)
        return reply.wait(timeout)

    return ask
