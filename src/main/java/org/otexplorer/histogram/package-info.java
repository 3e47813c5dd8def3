/**
 * Histograms on regular grids of bins (math.md §16.2): validation of user histograms, the Gaussian-mixture
 * generator of the thesis demo, the grids on [0,1] and [0,1]² with their squared Euclidean costs, and exact
 * one-dimensional optimal transport (the monotone north-west-corner plan and quantile functions). Plain arrays
 * in and out; imports only the engine (for {@link org.otexplorer.engine.TransportProblem}), never JavaFX or io.
 */
package org.otexplorer.histogram;
