"""numpy/LAPACK reference for the analytic Hessian of `otx derivatives` (README "### Benchmark", math.md §5).

Run:  OPENBLAS_NUM_THREADS=1 python3 src/bench/python/numpy_hessian_reference.py [--jar target/otexplorer.jar]
      [--bench] [--n 400] [--runs 3]
      (without OPENBLAS_NUM_THREADS OpenBLAS uses every core; on 2 shared cores its threads wait on each other)

The same dense algorithm as `EntropicDerivatives` with the default deflated pseudo-inverse (math.md §5.2-5.5,
§4.3 option 3): the Schur complement S = diag(b^P) - P^T diag(1/a^P) P on H's diagonal f-block, deflated by
1/M^2 * 1 1^T and factorised by Cholesky; the gradient (§3), the Sinkhorn-distance gradient (§6.2, one solve
with H) and the Hessian (1/eps) R^T H^+ R + blockdiag(2 a_k I - (4/eps) sum_j P_kj D_kj D_kj^T), with
R^T H^+ R = blockdiag(r_l r_l^T / a_l) + W^T W, W = L^-1 B. The timed part is what the CLI's "seconds" covers:
both gradients, the Hessian and its marginal error (Prop. 4), not the Sinkhorn solve.

Points: N uniform in [0,1]^2 (numpy seed 400), Y = X, eps = 0.05 * mean(C), C_ij = |x_i - y_j|^2, uniform
weights. The plan comes from an independent log-domain Sinkhorn here, run to marginal error <= 1e-15.

With --jar, the same run also starts `java -jar JAR derivatives --no-spectrum` on the same points in fresh
JVMs (cold, as a user runs it), prints its reported seconds and the command's wall time, and checks the Java
Hessian and gradients against this script's: max |difference| / max |entry| must be below 1e-9. With --bench as
well, it then runs `java -jar JAR bench --hessian` (the same computation in fresh JVMs and warm in one, on EJML's
pool and on one thread) and prints its table, so that one run gives every figure with its load average.
"""
import argparse
import json
import os
import subprocess
import tempfile
import time

import numpy as np
from scipy.linalg import cholesky, solve_triangular
from scipy.special import logsumexp


def load():
    """The 1, 5 and 15 minute load averages, as /proc/loadavg prints them."""
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def points(n):
    return np.random.default_rng(400).random((n, 2))


def sinkhorn_plan(c, eps, tol=1e-15, max_iter=100_000):
    """Log-domain Sinkhorn with uniform weights until both marginals are within tol (L1)."""
    n, m = c.shape
    loga, logb = np.full(n, -np.log(n)), np.full(m, -np.log(m))
    f, g = np.zeros(n), np.zeros(m)
    for _ in range(max_iter):
        g = eps * (logb - logsumexp((f[:, None] - c) / eps, axis=0))
        f = eps * (loga - logsumexp((g[None, :] - c) / eps, axis=1))
        p = np.exp((f[:, None] + g[None, :] - c) / eps)
        if np.abs(p.sum(0) - 1.0 / m).sum() <= tol:
            return p
    raise RuntimeError("Sinkhorn did not reach the tolerance")


class DeflatedSolver:
    """H z = r for r orthogonal to [1; -1] by the deflated Schur complement (math.md §4.3 option 3)."""

    def __init__(self, p):
        self.p = p
        self.a = p.sum(1)
        m = p.shape[1]
        q = p / np.sqrt(self.a)[:, None]
        s = np.diag(p.sum(0)) - q.T @ q + 1.0 / (m * m)
        self.lower = cholesky(s, lower=True)

    def whiten(self, b):
        return solve_triangular(self.lower, b, lower=True)

    def solve(self, r):
        n = self.p.shape[0]
        rf = r[:n] / self.a
        rg = r[n:] - self.p.T @ rf
        zg = solve_triangular(self.lower, self.whiten(rg), lower=True, trans="T")
        return np.concatenate([rf - (self.p @ zg) / self.a, zg])


def weighted_gradient(w, x, y):
    return 2 * (w.sum(1)[:, None] * x - w @ y)


def derivatives(p, c, x, y, eps):
    """Both gradients, the Hessian (index k*d + s) and its Prop. 4 marginal error, as the CLI computes them."""
    n, d = x.shape
    a = p.sum(1)
    grad = weighted_gradient(p, x, y)
    solver = DeflatedSolver(p)
    pc = p * c
    ab = solver.solve(np.concatenate([pc.sum(1), pc.sum(0)]))
    gamma = p * (1 + (ab[:n, None] + ab[None, n:] - c) / eps)
    grad_s = weighted_gradient(gamma, x, y)
    diff = x[:, None, :] - y[None, :, :]                                     # D_lj, n x m x d
    b = p[:, :, None] * (2 * diff - (grad / a[:, None])[:, None, :])         # B[j, (l, t)] stored as (l, j, t)
    w = solver.whiten(b.transpose(1, 0, 2).reshape(p.shape[1], n * d))
    hess = w.T @ w
    hess /= eps
    pd = p[:, :, None] * diff
    blocks = (grad[:, :, None] * grad[:, None, :] / a[:, None, None]
              - 4 * np.matmul(pd.transpose(0, 2, 1), diff)) / eps + 2 * a[:, None, None] * np.eye(d)
    k = np.arange(n)
    hess.reshape(n, d, n, d)[k, :, k, :] += blocks
    e = hess.reshape(n, d, n, d).sum(2) - 2 * a[:, None, None] * np.eye(d)
    return grad, grad_s, hess, np.sqrt((e * e).sum())


def run_java(jar, csv, out):
    cmd = ["java", "-jar", jar, "derivatives", "--source", csv, "--target", csv, "--epsilon", "0.05",
           "--relative-epsilon", "--no-spectrum", "--out", out]
    t0 = time.perf_counter()
    before = os.times()
    subprocess.run(cmd, check=True)
    after = os.times()
    wall = time.perf_counter() - t0
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    with open(out) as fh:
        return json.load(fh), wall, cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jar", help="also run java -jar JAR derivatives on the same points and compare")
    parser.add_argument("--bench", action="store_true", help="with --jar: then also print java -jar JAR bench --hessian")
    args = parser.parse_args()
    x = points(args.n)
    y = x.copy()
    c = ((x[:, None, :] - y[None, :, :]) ** 2).sum(-1)
    eps = 0.05 * c.mean()
    p = sinkhorn_plan(c, eps)
    blas_threads = os.environ.get("OPENBLAS_NUM_THREADS", f"unset: every core of {os.cpu_count()}")
    print(f"numpy {np.__version__}, N = {args.n}, eps = 0.05 x mean C = {eps:.6g}, BLAS threads {blas_threads},"
          f" load {load()}")
    times, cpus = [], []
    for _ in range(args.runs + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        grad, grad_s, hess, marginal = derivatives(p, c, x, y, eps)
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    print(f"numpy gradients + Hessian: first {times[0]:.3f} s, best of {args.runs} after it {min(times[1:]):.3f} s"
          f" (process CPU, all threads: first {cpus[0]:.3f} s, best {min(cpus[1:]):.3f} s;"
          f" Prop. 4 marginal error {marginal:.2e}; load {load()})")
    if not args.jar:
        return
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "x.csv")
        np.savetxt(csv, x, delimiter=",", fmt="%.17g")
        out = os.path.join(tmp, "d.json")
        for run in range(args.runs):
            d, wall, cpu = run_java(args.jar, csv, out)
            jh = np.array(d["hessianObjective"])
            err_h = np.abs(jh - hess).max() / np.abs(hess).max()
            err_g = np.abs(np.array(d["gradObjective"]) - grad).max() / np.abs(grad).max()
            err_s = np.abs(np.array(d["gradTransportCost"]) - grad_s).max() / np.abs(grad_s).max()
            worst = max(err_h, err_g, err_s)
            print(f"java -jar (cold) run {run + 1}: reported {d['seconds']:.3f} s, command {wall:.2f} s wall,"
                  f" {cpu:.2f} s CPU; max rel. difference Hessian {err_h:.1e}, gradient {err_g:.1e},"
                  f" Sinkhorn-distance gradient {err_s:.1e} {'ok' if worst < 1e-9 else 'MISMATCH'}; load {load()}")
            if not worst < 1e-9:
                raise SystemExit(1)
    if args.bench:
        subprocess.run(["java", "-jar", args.jar, "bench", "--hessian"], check=True)
    print(f"load at end {load()}")


if __name__ == "__main__":
    main()
