/**
 * The optimal-transport engine: problems ({@link org.otexplorer.engine.TransportProblem}), plans,
 * solvers behind one {@link org.otexplorer.engine.Solver} interface made by
 * {@link org.otexplorer.engine.SolverFactory}, their declared parameters
 * ({@link org.otexplorer.engine.SolverParameters}), ε as the user gives it ({@link org.otexplorer.engine.Epsilon})
 * and the results. Pure Java; imports only {@code parameters}, never JavaFX or any other package of the
 * application.
 */
package org.otexplorer.engine;
