"""numpy/OpenBLAS reference for `otx bench`: the same Sinkhorn iterations on the same machine.

Run:  python3 src/bench/python/numpy_sinkhorn_reference.py
Prints the time per scaling iteration (the kernel exp(-C/eps) built beforehand, not timed, as `otx bench`
leaves its set-up out: before, its share was counted, which at n = 4000 is about half of numpy's figure),
the time of a 300-iteration scaling solve at n = m = 2000 including the kernel, and
the time of one log-domain iteration (g- and f-update with a max-shifted logsumexp), for the sizes of
`otx bench`. Points are uniform in the unit square, eps = 0.05 * mean(C), as in the Java benchmark. With POT
installed (`pip install pot`), also the time of POT's network simplex `ot.emd` on the same problems.
"""
import time

import numpy as np


def problem(n, seed):
    rng = np.random.default_rng(seed)
    x = rng.random((n, 2))
    y = rng.random((n, 2))
    c = ((x[:, None, :] - y[None, :, :]) ** 2).sum(-1)
    return c, np.full(n, 1.0 / n), np.full(n, 1.0 / n)


def logsumexp(z, axis):
    mx = z.max(axis=axis, keepdims=True)
    return (mx + np.log(np.exp(z - mx).sum(axis=axis, keepdims=True))).squeeze(axis)


def scaling_solve(c, a, b, eps, iterations):
    return scaling_iterations(np.exp(-c / eps), a, b, iterations)


def scaling_iterations(k, a, b, iterations):
    v = np.ones_like(b)
    for _ in range(iterations):
        u = a / (k @ v)
        v = b / (k.T @ u)
    return u, v


def log_iteration(c, loga, logb, eps, f, g):
    g = eps * logb - eps * logsumexp((f[:, None] - c) / eps, axis=0)
    f = eps * loga - eps * logsumexp((g[None, :] - c) / eps, axis=1)
    return f, g


def best(runs, fn):
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    print(f"numpy {np.__version__}")
    for n in (500, 1000, 2000, 4000):
        c, a, b = problem(n, 1)
        eps = 0.05 * c.mean()
        k = np.exp(-c / eps)
        its = max(20, 500_000_000 // (n * n))
        t = best(3, lambda: scaling_iterations(k, a, b, its))
        print(f"scaling       n = {n:5d}: {1e3 * t / its:8.3f} ms/iteration")
    for n in (500, 1000, 2000, 4000):
        c, a, b = problem(n, 1)
        eps = 0.05 * c.mean()
        f, g = np.zeros(n), np.zeros(n)
        t = best(3, lambda: log_iteration(c, np.log(a), np.log(b), eps, f, g))
        print(f"log-domain    n = {n:5d}: {1e3 * t:8.3f} ms/iteration")
    c, a, b = problem(2000, 1)
    eps = 0.05 * c.mean()
    t = best(3, lambda: scaling_solve(c, a, b, eps, 300))
    print(f"scaling solve, 300 iterations at n = 2000 including the kernel: {t:.3f} s")
    try:
        import ot
    except ImportError:
        print("POT not installed: no ot.emd figures")
        return
    for n in (200, 500, 1000, 2000):
        c, a, b = problem(n, 1)
        t = best(3, lambda: ot.emd(a, b, c))
        print(f"ot.emd (POT {ot.__version__}) n = {n:5d}: {t:.4f} s")


if __name__ == "__main__":
    main()
