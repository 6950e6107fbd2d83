"""How much two processes can speed up perfectly parallel work on this machine, right now.

    .venv/bin/python bench/parallel_ceiling.py [--seconds S] [--repeat N]

A pure-Python CPU loop (no I/O, no shared state) runs once in this process,
then twice at once in two worker processes; the speedup is twice the single
run's wall time over the pair's. On a quiet machine with two real cores it is
close to 2.0x; on a shared virtual machine other tenants and the host's
scheduling take their share. Read `bench/ingest_throughput.py`'s
`--workers 2` over `--workers 1` speedup against this ceiling, measured in the
same minutes: the ingest cannot beat it.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import time


def spin(iterations: int) -> float:
    """CPU seconds for ``iterations`` rounds of integer arithmetic."""
    start, total = time.process_time(), 0
    for i in range(iterations):
        total += i * i % 7
    return time.process_time() - start


def calibrate(seconds: float) -> int:
    """Iterations that take about ``seconds`` of CPU here."""
    probe = 2_000_000
    took = spin(probe)
    return max(probe, int(probe * seconds / max(took, 1e-6)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=4.0, help="length of one run (default 4 s)")
    parser.add_argument("--repeat", type=int, default=3, help="number of single/pair measurements (default 3)")
    args = parser.parse_args()
    iterations = calibrate(args.seconds)
    speedups = []
    with mp.get_context("fork").Pool(2) as pool:
        pool.map(spin, [1000, 1000])  # start both workers before timing
        for _ in range(args.repeat):
            start = time.perf_counter()
            spin(iterations)
            single = time.perf_counter() - start
            start = time.perf_counter()
            pool.map(spin, [iterations, iterations])
            pair = time.perf_counter() - start
            speedups.append(2 * single / pair)
            print(f"one process {single:.2f} s, two at once {pair:.2f} s: speedup {speedups[-1]:.2f}x")
    print(f"parallel ceiling now: {min(speedups):.2f}x to {max(speedups):.2f}x (perfect: 2.00x)")


if __name__ == "__main__":
    main()
