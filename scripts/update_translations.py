"""Extracts virtdesk's translatable strings into resources/translations/virtdesk_<language>.ts with Qt's lupdate.

Existing translations are kept; messages that left the sources are dropped (-no-obsolete). New messages arrive
unfinished, for a translator to fill in (Qt Linguist, or any editor). scripts/build_translations.py compiles
the result.

What lupdate reads: ``self.tr("...")`` in a class (context: the class name), ``QCoreApplication.translate("Ctx",
"...")`` and ``QT_TRANSLATE_NOOP("Ctx", "...")`` with literal arguments, and the module helpers ``N_("...")`` and
``_tr("...")``, read as QT_TR_NOOP: their texts go to the empty context, where those helpers translate them.
"""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

from build_translations import TRANSLATIONS, lrelease

ROOT = TRANSLATIONS.parent.parent
LANGUAGES = ("en", "ja")
PLURALS_ONLY = ("en",)  # English needs only the plural forms of "%n item(s)" messages
MODULE_HELPERS = ("N_", "_tr")


def lupdate() -> str:
    """lupdate from the same place as lrelease (PySide6 bundles both side by side)."""
    release = Path(lrelease())
    return str(release.with_name(release.name.replace("lrelease", "lupdate")))


def sources() -> list[Path]:
    """Every file lupdate reads: the Python sources and the Qt Designer forms."""
    return sorted([*(ROOT / "virtdesk").rglob("*.py"), *(ROOT / "ui").rglob("*.ui")])


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"virtdesk_{language}.ts"


def update(ts: Path, language: str) -> str:
    """Merges the current sources into ``ts`` (created when missing); returns lupdate's summary."""
    plurals_only = ["-pluralonly"] if language in PLURALS_ONLY else []
    done = subprocess.run(
        [lupdate(), *map(str, sources()), "-ts", str(ts), "-no-obsolete", "-locations", "none",
         "-source-language", "en", "-target-language", language, *plurals_only,
         "-tr-function-alias", ",".join(f"QT_TR_NOOP+={name}" for name in MODULE_HELPERS)],
        check=True, capture_output=True, text=True)
    if plurals_only:
        fill_english_plurals(ts)
    return done.stdout + done.stderr


def fill_english_plurals(ts: Path) -> None:
    """Gives each unfinished "%n item(s)" message its English forms, "%n item" and "%n items"; a plural message
    written otherwise stays unfinished, for a person to write."""
    from lxml import etree

    tree = etree.parse(str(ts))
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or "(s)" not in source:
            continue
        forms = translation.findall("numerusform")
        if len(forms) != 2:
            continue
        forms[0].text, forms[1].text = source.replace("(s)", ""), source.replace("(s)", "s")
        del translation.attrib["type"]
    tree.write(str(ts), encoding="utf-8", xml_declaration=True, doctype="<!DOCTYPE TS>")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", metavar="LANGUAGE",
                        help="e.g. ja (default: every language that has a .ts file already)")
    present = sorted(p.stem.removeprefix("virtdesk_") for p in TRANSLATIONS.glob("virtdesk_*.ts"))
    for language in parser.parse_args().languages or present or LANGUAGES:
        print(update(ts_file(language), language), end="")


if __name__ == "__main__":
    main()
