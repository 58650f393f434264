"""The pipeline and workers benchmarks run end to end (tiny numbers; no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_bench_pipeline_quick_run_reports_every_bot(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_pipeline.py"), "--quick", "--sessions", "30,60", "--people", "2",
         "--warmup", "0", "--json", str(out)],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "CPU: " in done.stdout and "cores" in done.stdout
    assert "ours/reference CPU per update" in done.stdout
    results = json.loads(out.read_text())
    assert {(r["bot"], r["sessions"]) for r in results} == {("ours", 30), ("reference", 30), ("ours", 60),
                                                           ("reference", 60)}
    for result in results:
        assert result["updates"] == 2 * 16
        assert result["cpu_seconds"] >= 0 and result["p99_ms"] >= result["p50_ms"] > 0


def test_bench_encryption_quick_run_reports_the_difference(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_encryption.py"), "--operations", "20", "--runs", "1",
         "--sessions", "5", "--before", "50"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "AES-GCM alone:" in done.stdout and "encryption   CPU per save" in done.stdout
    assert "start-up encryption of 50 sessions" in done.stdout


def test_bench_workers_short_run_reports_every_configuration(tmp_path: Path) -> None:
    from tests.e2e.nginx import nginx_binary
    from tests.postgres_server import INSTALL_HINT, postgres_bin_dir

    nginx_binary()  # skips, saying what to install, without nginx
    if not (postgres_bin_dir() / "initdb").exists():
        pytest.skip(INSTALL_HINT.format(bin=postgres_bin_dir()))
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_workers.py"), "--people", "2", "--warmup", "0"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "CPU: " in done.stdout and "cores" in done.stdout
    rows = [line for line in done.stdout.splitlines() if line[:3] in ("| 1", "| 2", "| 3")]
    assert [row.split(" | ")[0] for row in rows] == [
        "| 1 worker, SQLite", "| 1 worker, PostgreSQL", "| 2 workers, PostgreSQL", "| 3 workers, PostgreSQL"]
    assert all(row.split(" | ")[1] == str(2 * 16) for row in rows)
