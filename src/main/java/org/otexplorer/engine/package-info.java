/**
 * The optimal-transport engine: problems ({@link org.otexplorer.engine.TransportProblem}), plans,
 * solvers behind one {@link org.otexplorer.engine.Solver} interface made by
 * {@link org.otexplorer.engine.SolverFactory}, their declared parameters
 * ({@link org.otexplorer.engine.SolverParameters}), ε as the user gives it ({@link org.otexplorer.engine.Epsilon})
 * and the results. The entropic solvers share one Sinkhorn loop that switches to Newton steps on the dual when
 * the Sinkhorn rate stalls (math.md §2.4: {@link org.otexplorer.engine.SinkhornNewton}, with the matrix-free
 * {@link org.otexplorer.engine.SchurConjugateGradient} on a {@link org.otexplorer.engine.SparsePlan}, both public
 * for the derivatives package to reuse). {@link org.otexplorer.engine.StepThrough} records a solve's iterates (half-steps,
 * Newton steps, proximal steps) within a memory budget for stepping through it ({@link
 * org.otexplorer.engine.StepRecording}). Pure Java; imports only {@code parameters}, never JavaFX, EJML or any
 * other package of the application.
 */
package org.otexplorer.engine;
