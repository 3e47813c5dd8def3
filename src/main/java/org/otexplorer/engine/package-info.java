/**
 * The optimal-transport engine: problems ({@link org.otexplorer.engine.TransportProblem}), plans,
 * solvers behind one {@link org.otexplorer.engine.Solver} interface made by
 * {@link org.otexplorer.engine.SolverFactory}, and their results. Pure Java; imports nothing from
 * JavaFX or from any other package of the application.
 */
package org.otexplorer.engine;
