"""The side-by-side reads of a connection's listing."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from virtdesk.model.inventory import parallel

pytestmark = pytest.mark.unit


def test_a_failing_read_is_raised_only_once_every_read_beside_it_has_returned():
    """Whoever gets the failure closes the connection: no read may still be running on it then."""
    returned: list[str] = []

    def fails() -> None:
        raise ValueError("no such host")

    def slow() -> str:
        time.sleep(0.3)
        returned.append("slow")
        return "slow"

    with ThreadPoolExecutor(4) as executor:
        assert parallel(executor, lambda: 1, slow) == [1, "slow"]
        returned.clear()
        with pytest.raises(ValueError, match="no such host"):
            parallel(executor, fails, slow)
        assert returned == ["slow"]
