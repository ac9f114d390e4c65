"""The one exception type of the XML object model."""


class XMLConfError(ValueError):
    """Malformed XML, or a value that a property cannot hold; the message is meant for users."""
