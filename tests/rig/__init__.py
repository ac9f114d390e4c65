"""The test rig: real libvirtd, qemu guests, sshd and Xvfb started on demand for virtdesk's tests.

Import the pytest fixtures through ``rig.fixtures`` (tests/conftest.py does); the other modules are plain Python
and raise ``rig.errors.Unavailable`` where the machine cannot provide a part, which the fixtures turn into skips.
"""
