"""The one exception the rig raises when the machine cannot provide a part (the fixtures skip on it)."""


class Unavailable(RuntimeError):
    """This machine cannot provide the part (not root, package not installable, no kernel...)."""
