"""Where CI requires the rig, a part the machine cannot provide fails the test instead of skipping it."""

from __future__ import annotations

import pytest
from rig import errors

pytestmark = pytest.mark.unit


def test_a_missing_part_skips_by_default(monkeypatch):
    monkeypatch.setattr(errors, "REQUIRED", False)
    with pytest.raises(pytest.skip.Exception, match="no kernel"):
        errors.missing_part("no kernel")


def test_a_missing_part_fails_where_the_rig_is_required(monkeypatch):
    monkeypatch.setattr(errors, "REQUIRED", True)
    with pytest.raises(pytest.fail.Exception, match="VIRTDESK_REQUIRE_RIG=1.*no kernel"):
        errors.missing_part("no kernel")
