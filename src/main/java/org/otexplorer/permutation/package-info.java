/**
 * Permutation learning ("End-to-end permutation learning with Hungarian algorithm"; math.md §15): why
 * fixed-length Sinkhorn fails and what to use instead. May import the engine and {@code org.otexplorer.nn};
 * never JavaFX or io. Everything is plain data or a small stepping object a background thread drives.
 * <ul>
 *   <li>The normalisation operator {@code S^(L)} half-step by half-step with both constraint errors
 *       ({@link org.otexplorer.permutation.SinkhornNormalisation},
 *       {@link org.otexplorer.permutation.ConstraintErrors}),
 *       on the engine's log-domain half-steps ({@link org.otexplorer.engine.GumbelSinkhorn}).</li>
 *   <li>Fig. 1's oscillating patterns ({@link org.otexplorer.permutation.OscillatingPattern}) and Appendix D's
 *       change points ({@link org.otexplorer.permutation.PlateauChangePoints}).</li>
 *   <li>The τ × L × n grid of random scores {@code exp(χ/τ)} ({@link org.otexplorer.permutation.NonConvergenceGrid},
 *       {@link org.otexplorer.permutation.RandomScoreSettings}).</li>
 *   <li>Softmax with temperature, Appendix A ({@link org.otexplorer.permutation.TemperatureSoftmax}).</li>
 *   <li>The sorting task with four heads ({@link org.otexplorer.permutation.SortingRun},
 *       {@link org.otexplorer.permutation.SortingSettings}, {@link org.otexplorer.permutation.HeadKind},
 *       {@link org.otexplorer.permutation.SortingSnapshot}, {@link org.otexplorer.permutation.SortingMetrics}).</li>
 * </ul>
 *
 * <pre>{@code
 * ConstraintErrors fig2 = SinkhornNormalisation.errors(OscillatingPattern.CENTRE_OPEN.withEpsilon(1e-6), 30);
 * NonConvergenceGrid grid = NonConvergenceGrid.compute(RandomScoreSettings.defaults(seed), control::isCancelled);
 * SinkhornNormalisation sample = grid.sample(tauIndex, sizeIndex, k);   // step() through it in the lab
 *
 * SortingRun run = new SortingRun(SortingSettings.paper(15, seed), HeadKind.HUNGARIAN_GUMBEL);
 * SortingSnapshot s = run.epoch(control::isCancelled);                  // one Adam step, then the test metrics
 * }</pre>
 */
package org.otexplorer.permutation;
