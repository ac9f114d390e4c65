"""virtdesk's command line: checks the arguments, starts opening the connections, then loads the GUI.

Only libvirt is loaded before the connections start opening; Qt and the windows load while hosts answer.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys

from virtdesk.demo import resolve_uri
from virtdesk.model.log_file import log_path, start_logging


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="virtdesk", description="Desktop manager for libvirt virtual machines")
    parser.add_argument("--connect", "-c", action="append", default=[], metavar="URI",
                        help="open this libvirt URI (or 'demo' for the built-in demo host); repeatable")
    parser.add_argument("--show-domain-editor", metavar="NAME", help="open the details window of a VM")
    parser.add_argument("--show-domain-performance", metavar="NAME",
                        help="open the details window of a VM on its Performance page")
    parser.add_argument("--show-host-details", action="store_true",
                        help="open the Host Details window of the first connection")
    parser.add_argument("--show-domain-creator", action="store_true",
                        help="open the New VM wizard on the first connection")
    parser.add_argument("--show-domain-console", metavar="NAME", help="open the console window of a VM")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the windows offscreen once loaded, save a PNG and exit")
    parser.add_argument("--debug", action="store_true",
                        help=f"log debugging detail to stderr and to the log file ({log_path()})")
    parser.add_argument("--version", action="store_true", help="print virtdesk's version and exit")
    return parser.parse_args(argv)


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        from virtdesk.model.versions import program_version  # installed metadata, as Help → About shows

        print(f"virtdesk {program_version() or '(version unknown)'}")
        return 0
    start_logging(debug=args.debug)
    logging.getLogger("virtdesk").debug("started as %s on Python %s; log file %s", sys.argv if argv is None else argv,
                                        platform.python_version(), log_path())
    if not args.screenshot and not _has_display():
        print("virtdesk: no display found (set DISPLAY or WAYLAND_DISPLAY); "
              "use --screenshot FILE.png to render offscreen", file=sys.stderr)
        return 2
    from virtdesk.model import early_open

    if args.connect:
        early_open.start([resolve_uri(uri) for uri in args.connect])
        from virtdesk.app import run
    else:
        from virtdesk.app import run
        from virtdesk.model.connections import startup_uris

        early_open.start(startup_uris([]))
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
