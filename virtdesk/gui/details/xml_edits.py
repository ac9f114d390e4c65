"""What an edit in a details page's XML tab becomes, worked out on a worker: the edited config, the local schema's
judgement and the texts of the diff dialog. A VM of megabytes takes a tenth of a second to parse and copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.model.host_schema import SchemaRefused

Check = Callable[[xmlconf.Domain], list[str] | None]
ElementOf = Callable[[xmlconf.Domain], xmlconf.XMLElement | None]


class ApplyDeclined(Exception):
    """The diff dialog of an XML edit was closed without applying."""


def with_xml(loaded: xmlconf.Domain, text: str, element_of: ElementOf) -> xmlconf.Domain:
    """A copy of loaded with the part element_of finds (None: the whole domain) replaced by text; XMLConfError
    when text does not parse or is not that part."""
    if element_of(loaded) is None:
        document = xmlconf.load(text)
        if not isinstance(document, xmlconf.Domain):
            message = QCoreApplication.translate("DetailsWindow", "The XML must be a <domain> document.")
            raise xmlconf.XMLConfError(message)
        return document
    new = xmlconf.parse(text)
    edited = loaded.copy()
    old = element_of(edited).node
    if new.tag != old.tag:
        message = QCoreApplication.translate("DetailsWindow", "The XML must stay a <{tag}> element.")
        raise xmlconf.XMLConfError(message.format(tag=old.tag))
    new.tail = old.tail
    old.getparent().replace(old, new)
    return edited


def judge(check: Check, edited: xmlconf.Domain, shown: xmlconf.Domain | None) -> tuple[str, str] | None:
    """Raises SchemaRefused when the local schema refuses edited; with shown (the config an XML edit started
    from), returns both texts for the diff dialog."""
    errors = check(edited)
    if errors:
        raise SchemaRefused(errors)
    return (shown.to_xml(), edited.to_xml()) if shown is not None else None


def judge_xml(check: Check, loaded: xmlconf.Domain, text: str,
              element_of: ElementOf) -> tuple[xmlconf.Domain, tuple[str, str] | None]:
    """The config the XML text makes of loaded, and the diff dialog's texts; raises as with_xml and judge do."""
    edited = with_xml(loaded, text, element_of)
    return edited, judge(check, edited, loaded)


def hint_xml(check: Check, loaded: xmlconf.Domain, text: str, element_of: ElementOf) -> list[str] | None:
    """The local schema's complaints about what the XML text makes of loaded; raises XMLConfError as with_xml."""
    return check(with_xml(loaded, text, element_of))
