"""A UNIX-socket proxy that delays every libvirt RPC message by a fixed time each way (a slow link).

Messages are framed as libvirt frames them (a 4-byte big-endian length, the length included); each is passed
on `delay` seconds after it arrived, in order, without holding up the ones behind it (latency, not bandwidth).
Runs as its own process so its work never shows in the measured program: `delayed(target, delay)` starts it;
alone: `.venv/bin/python tests/rig/delay_proxy.py LISTEN TARGET [--delay S] [--log FILE]`. With a log, each
message from a client is written down as it arrives: the time (time.monotonic) and its procedure number.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

# the header after the length: program, version, procedure, type, serial, status
_HEADER = struct.Struct(">IIIIII")


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float,
                log: TextIO | None = None) -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes | None]] = asyncio.Queue()

    async def receive() -> None:
        try:
            while True:
                header = await reader.readexactly(4)
                body = await reader.readexactly(struct.unpack(">I", header)[0] - 4)
                if log is not None and len(body) >= _HEADER.size:
                    log.write(f"{loop.time()} {_HEADER.unpack_from(body)[2]}\n")
                    log.flush()
                queue.put_nowait((loop.time() + delay, header + body))
        except (asyncio.IncompleteReadError, ConnectionError):
            queue.put_nowait((loop.time() + delay, None))

    async def send() -> None:
        while True:
            due, message = await queue.get()
            await asyncio.sleep(max(0.0, due - loop.time()))
            if message is None:
                break
            writer.write(message)
            await writer.drain()
        with contextlib.suppress(OSError):
            writer.close()

    with contextlib.suppress(ConnectionError):
        await asyncio.gather(receive(), send())


async def serve(listen: Path, target: Path, delay: float, log: TextIO | None = None) -> None:
    async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_unix_connection(str(target))
        except OSError:
            writer.close()
            return
        await asyncio.gather(_pump(reader, upstream_writer, delay, log), _pump(upstream_reader, writer, delay))

    server = await asyncio.start_unix_server(client, str(listen))
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


@contextlib.contextmanager
def delayed(target: Path, delay: float, log: Path | None = None) -> Iterator[Path]:
    """A socket path whose connections reach `target` with `delay` seconds added to every message each way (and
    the clients' messages written down in `log`)."""
    with tempfile.TemporaryDirectory(prefix="delay-proxy-") as directory:
        listen = Path(directory) / "sock"
        logging = ["--log", str(log)] if log is not None else []
        process = subprocess.Popen([sys.executable, __file__, str(listen), str(target), "--delay", str(delay),
                                    *logging], stdout=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            if process.stdout.readline().strip() != "ready":
                raise SystemExit("the delay proxy did not start")
            yield listen
        finally:
            process.terminate()
            process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("listen", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--delay", type=float, default=0.3)
    parser.add_argument("--log", type=Path)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt), \
            args.log.open("w", encoding="ascii") if args.log else contextlib.nullcontext() as log:
        asyncio.run(serve(args.listen, args.target, args.delay, log))


if __name__ == "__main__":
    main()
