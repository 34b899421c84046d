"""Times scipy.optimize.linear_sum_assignment on a matrix given as raw float64.

usage: python3 bench/scipy_lsa.py <matrix.f64> <rows> <cols> [runs]
Prints one JSON line: the median seconds of the LSA call alone (time.perf_counter),
every run's seconds, the median CPU seconds (time.process_time: meaningful on a loaded
machine) and the optimum (sum of the chosen weights, maximize=True).
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment


def main() -> None:
    path, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    matrix = np.fromfile(path, dtype=np.float64).reshape(rows, cols)
    linear_sum_assignment(matrix, maximize=True)  # warm-up, like the JS side
    seconds = []
    cpu = []
    for _ in range(runs):
        start = time.perf_counter()
        cpu_start = time.process_time()
        r, c = linear_sum_assignment(matrix, maximize=True)
        cpu.append(time.process_time() - cpu_start)
        seconds.append(time.perf_counter() - start)
    total = float(matrix[r, c].sum())
    seconds.sort()
    cpu.sort()
    print(json.dumps({"seconds": seconds[len(seconds) // 2], "runs": seconds, "cpu": cpu[len(cpu) // 2], "total": total}))


if __name__ == "__main__":
    main()
