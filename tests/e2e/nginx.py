"""Runs the README's nginx examples for real, in front of bots started by the tests.

The README shows the ``location`` (and ``upstream``) blocks an operator pastes into their own server
block, next to their TLS settings. A test takes such a block from the README as written, points its
addresses at the bots it started, wraps it in a minimal plain-HTTP server on 127.0.0.1, and runs nginx
with it. nginx is found on PATH or where ``tests/tools/fetch-nginx.sh`` unpacked it (``.venv/nginx``);
without it these tests are skipped, saying what to install.
"""

from __future__ import annotations

import asyncio
import re
import shutil
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from .harness import REPO_ROOT, free_port

UNPACKED = REPO_ROOT / ".venv" / "nginx" / "usr" / "sbin" / "nginx"
_BLOCK = re.compile(r"```nginx\n(.*?)```", re.DOTALL)


def nginx_binary() -> str:
    found = shutil.which("nginx") or (str(UNPACKED) if UNPACKED.exists() else None)
    if found is None:
        pytest.skip("nginx is not installed: install it (apt-get install nginx) or run tests/tools/fetch-nginx.sh")
    return found


def readme_block(marker: str) -> str:
    """The README's ```nginx block whose first line is the comment ``# <marker>: ...``."""
    for block in _BLOCK.findall((REPO_ROOT / "README.md").read_text(encoding="utf-8")):
        if block.startswith(f"# {marker}:"):
            return str(block)
    raise AssertionError(f"README.md has no ```nginx block starting with '# {marker}:'")


def _write_config(workdir: Path, port: int, upstreams: str, inside: str) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    temp = workdir / "nginx-temp"
    temp.mkdir(exist_ok=True)
    conf = workdir / "nginx.conf"
    conf.write_text(f"""
daemon off;
master_process off;
pid {workdir / 'nginx.pid'};
error_log {workdir / 'nginx-error.log'} info;
events {{ worker_connections 256; }}
http {{
    access_log {workdir / 'nginx-access.log'};
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
{upstreams}
    server {{
        listen 127.0.0.1:{port};
{inside}
    }}
}}
""", encoding="utf-8")
    return conf


@asynccontextmanager
async def nginx_serving(block: str, workdir: Path, replacements: Mapping[str, str] | None = None
                        ) -> AsyncIterator[int]:
    """nginx on a free 127.0.0.1 port with ``block`` (after ``replacements``) inside its server; yields the port."""
    binary = nginx_binary()
    for old, new in (replacements or {}).items():
        assert old in block, f"{old!r} not in the README's block"
        block = block.replace(old, new)
    upstreams = "\n".join(re.findall(r"upstream\s+\w+\s*\{.*?\}", block, re.DOTALL))
    inside = re.sub(r"upstream\s+\w+\s*\{.*?\}", "", block, flags=re.DOTALL)
    port = free_port()
    conf = await asyncio.to_thread(_write_config, workdir, port, upstreams, inside)
    check = await asyncio.create_subprocess_exec(binary, "-t", "-p", str(workdir), "-c", str(conf),
                                                 stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    output, _ = await check.communicate()
    assert check.returncode == 0, output.decode()
    process = await asyncio.create_subprocess_exec(binary, "-p", str(workdir), "-c", str(conf),
                                                   stdout=asyncio.subprocess.DEVNULL,
                                                   stderr=asyncio.subprocess.DEVNULL)
    try:
        for _ in range(200):  # until it accepts connections (bounded: 10 s)
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                await asyncio.sleep(0.05)
                continue
            writer.close()
            break
        yield port
    finally:
        process.terminate()
        await process.wait()
