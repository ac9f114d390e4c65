"""Questions answered asynchronously: the worker waits while the answer comes from another thread."""

from __future__ import annotations

import threading

import pytest

from virtdesk.remote.prompts import Question, QuestionKind, Reply, asynchronous

pytestmark = pytest.mark.unit


def _answer_later(value: str | None) -> tuple[list[Question], object]:
    seen: list[Question] = []

    def post(question: Question, reply: Reply[str]) -> None:
        seen.append(question)
        act = reply.cancel if value is None else (lambda: reply.answer(value))
        threading.Timer(0.05, act).start()

    return seen, post


def test_the_worker_gets_the_answer_given_on_another_thread() -> None:
    seen, post = _answer_later("s3cret")
    ask = asynchronous(post)
    question = Question(QuestionKind.PASSWORD, "me@h:22", "Password for me@h:22")
    assert ask(question) == "s3cret"
    assert seen == [question]


def test_a_cancel_is_none() -> None:
    _, post = _answer_later(None)
    assert asynchronous(post)(Question(QuestionKind.PASSPHRASE, "/k", "Passphrase")) is None


def test_no_answer_in_time_is_none() -> None:
    assert asynchronous(lambda question, reply: None, timeout=0.05)("anything") is None


def test_a_question_shows_no_answer_in_its_repr() -> None:
    text = repr(Question(QuestionKind.KEYBOARD_INTERACTIVE, "me@h:22", "Code:", echo=True, attempt=2))
    assert "keyboard-interactive" in text and "attempt=2" in text
