"""Top-level pytest configuration: the rig's fixtures, offscreen Qt, and settings isolated from the real user's."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from hypothesis import settings

pytest_plugins = ["rig.fixtures", "fuzz_harness"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# CI=true: the same examples every run (reproducible), none saved between runs
settings.register_profile("ci", derandomize=True, database=None, deadline=None)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")
_settings_root = tempfile.mkdtemp(prefix="virtdesk-tests-")
atexit.register(shutil.rmtree, _settings_root, ignore_errors=True)
for _variable, _sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                       ("XDG_STATE_HOME", "state")):
    os.environ[_variable] = os.path.join(_settings_root, _sub)
    os.makedirs(os.environ[_variable])
