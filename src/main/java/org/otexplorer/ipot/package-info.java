/**
 * IPOT as a teaching story (thesis §2.3–2.4, math.md §16.1): the convergence race of IPOT at several β and inner
 * iterations L against Sinkhorn at several ε, recorded per iteration as transport cost, marginal error, support
 * size and mass off the exact support (Fig. 2.2, 2.4); the pairs (IPOT iterate t with exact inner solves, Sinkhorn
 * at ε = β/t) for a slider over t; and the scalability study of Fig. 2.3 (time to relative precision 1e-4 of the
 * exact cost against n for IPOT, the Sinkhorn solvers and the network simplex, cancellable, math.md §16.9).
 * Results are plain data for the panels. Imports the engine and histogram packages only; never JavaFX or io.
 */
package org.otexplorer.ipot;
