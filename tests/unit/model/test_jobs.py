"""Jobs on a test-driver host: phases, progress, steps in the report, cancel, failure, history."""

from __future__ import annotations

import threading

import pytest

from virtdesk.model.domain_jobs import job_progress
from virtdesk.model.jobs import JobCancelled, JobState, job_history

pytestmark = pytest.mark.unit



def _count_domains(conn, context, steps: int) -> int:
    for step in range(steps):
        context.phase(f"step {step + 1}")
        context.progress(step + 1, steps, force=True)
        context.step(f"counted {len(conn.listAllDomains())} VM(s)")
    return steps


def test_a_job_reports_progress_and_its_steps(qtbot, connection):
    job = connection.start_job("Counting", _count_domains, 3)
    assert job in job_history().running()
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=10000)
    assert job.state is JobState.SUCCEEDED and job.result == 3
    assert (job.done, job.total, job.fraction) == (3, 3, 1.0)
    assert job.report == "counted 2 VM(s)\ncounted 2 VM(s)\ncounted 2 VM(s)\nFinished."
    assert job.source == connection.label and job not in job_history().running()


def test_a_cancelled_job_stops_where_it_checks_and_says_what_was_done(qtbot, connection):
    go_on = threading.Event()

    def work(conn, context) -> None:
        context.step("first half")
        go_on.wait(10)
        context.check_cancelled()
        context.step("second half")

    job = connection.start_job("Halves", work)
    qtbot.waitUntil(lambda: job.steps == ["first half"], timeout=10000)
    job.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=10000)
    assert job.state is JobState.CANCELLED
    assert job.report.startswith("first half\nCancelled")


def test_cancel_hooks_run_when_the_user_cancels(qtbot, connection):
    hooked = threading.Event()

    def work(conn, context) -> None:
        context.on_cancel(hooked.set)
        if not hooked.wait(10):
            raise AssertionError("the cancel hook never ran")
        raise JobCancelled

    job = connection.start_job("Waiting", work)
    job.cancel()
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=10000)
    assert job.state is JobState.CANCELLED and hooked.is_set()


def test_a_failing_job_gives_libvirts_reason(qtbot, connection):
    job = connection.start_job("Looking up", lambda conn, context: conn.lookupByName("absent"))
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=10000)
    assert job.state is JobState.FAILED
    assert "Domain not found" in job.error and "code 42" in job.error and job.report.endswith(job.error)


@pytest.mark.parametrize("stats, expected", [
    ({"data_processed": 5, "data_total": 10, "memory_total": 99}, (5, 10)),
    ({"memory_processed": 1, "memory_total": 4}, (1, 4)),
    ({"type": 2}, None),
])
def test_libvirt_job_statistics_become_progress(stats, expected):
    assert job_progress(stats) == expected
