"""``python -m tests.fuzz --updates 100000 --seed 1``: the long fuzz run, and its summary."""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

from .runner import run_fuzz


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("--updates", type=int, default=10_000, help="how many updates to send (default 10,000)")
    parser.add_argument("--seed", type=int, default=1, help="the seed: the same seed sends the same updates")
    parser.add_argument("--people", type=int, default=60, help="fuzzed people per run (one in six walk)")
    parser.add_argument("--batch", type=int, default=60, help="updates per batch (checked after each)")
    parser.add_argument("--epoch", type=int, default=5_000, help="updates per fake server and bot restart")
    parser.add_argument("--workdir", type=Path, help="where the database goes (default: a temporary folder)")
    parser.add_argument("--explain", action="store_true",
                        help="failures also give the exception's message and where in bot/ it was raised")
    parser.add_argument("--show", type=int, action="append", default=[], metavar="INDEX",
                        help="print update number INDEX as JSON (repeatable), to reproduce a failure by hand")
    args = parser.parse_args(argv)

    def progress(line: str) -> None:
        print(f"  ... {line}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="fuzz-") as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        report = asyncio.run(run_fuzz(args.updates, args.seed, workdir, people=args.people, batch_size=args.batch,
                                      epoch_updates=args.epoch, progress=progress, explain=args.explain,
                                      show=frozenset(args.show)))
    print(report.summary())
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
