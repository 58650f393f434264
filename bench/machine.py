"""What a benchmark prints about the machine it ran on, so that figures are read with it."""

from __future__ import annotations

import contextlib
import os
import platform
import sqlite3
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def version_of(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def header(libraries: Iterable[str]) -> str:
    versions = ", ".join(f"{name} {version_of(name)}" for name in libraries)
    return "\n".join([
        f"platform: {platform.platform()}",
        f"CPU: {cpu_model()}, {os.cpu_count()} cores",
        f"Python {platform.python_version()} ({platform.python_implementation()}); SQLite {sqlite3.sqlite_version}",
        f"libraries: {versions}",
        f"note: {os.cpu_count()} cores, noisy: compare ratios within one run, not figures across runs",
    ])
