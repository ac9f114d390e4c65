"""A small osinfo db written into a tmp dir, laid out like the real one (os/VENDOR/*.xml, device/...)."""

from __future__ import annotations

from pathlib import Path


class DbTree:
    """An osinfo db root under a tmp dir; each write_* call adds one file as the real db lays them out."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def write_os(self, relative: str, *os_elements: str) -> Path:
        body = "\n".join(os_elements)
        text = f'<?xml version="1.0"?>\n<libosinfo version="0.0.1">\n{body}\n</libosinfo>\n'
        return self.write(f"os/{relative}", text)

    @staticmethod
    def os(short_id: str, name: str, *children: str, os_id: str | None = None) -> str:
        """An `<os>` element; its id defaults to http://example.org/SHORT_ID."""
        os_id = os_id or f"http://example.org/{short_id}"
        return f'<os id="{os_id}"><short-id>{short_id}</short-id><name>{name}</name>{"".join(children)}</os>'

    def write_device(self, relative: str, device_id: str, name: str, device_class: str = "net") -> Path:
        return self.write(
            f"device/{relative}",
            f'<libosinfo version="0.0.1"><device id="{device_id}"><name>{name}</name>'
            f"<class>{device_class}</class></device></libosinfo>",
        )
