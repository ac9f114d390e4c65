"""The one exception the rig raises when the machine cannot provide a part, and what a test does about it."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

# CI sets it: there a part the machine cannot provide fails the run instead of skipping its tests.
REQUIRED = os.environ.get("VIRTDESK_REQUIRE_RIG") == "1"


class Unavailable(RuntimeError):
    """This machine cannot provide the part (not root, package not installable, no kernel...)."""


def missing_part(reason: str) -> NoReturn:
    """Skips the test, or fails it where the rig is required (VIRTDESK_REQUIRE_RIG=1)."""
    if REQUIRED:
        pytest.fail(f"the rig cannot provide a part this test needs (VIRTDESK_REQUIRE_RIG=1): {reason}")
    pytest.skip(reason)
