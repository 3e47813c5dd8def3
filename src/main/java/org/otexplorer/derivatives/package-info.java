/**
 * Derivatives of entropic OT (math.md §3–§7): the H-matrix and its spectrum, gradients of the entropic
 * objective and the Sinkhorn distance, the analytic Hessian with truncated-SVD regularisation, the ROBOT
 * hypergradient, and the baselines they are compared against. May import the engine and EJML; never JavaFX.
 */
package org.otexplorer.derivatives;
