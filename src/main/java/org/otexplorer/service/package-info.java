/**
 * The background compute service and the analyses that run on it: {@link org.otexplorer.service.ComputeService}
 * runs every {@link org.otexplorer.service.Job} of the application on named channels (newest request wins,
 * cancellation, throttled progress and intermediate results, errors as messages); an
 * {@link org.otexplorer.service.Analysis} makes the job of one computation (the transport solve, the H-matrix
 * spectrum, the sweeps, the optimizer race) and computes synchronously for export and tests. Results are plain
 * view data ({@link org.otexplorer.service.SolveView}, {@link org.otexplorer.service.SpectrumView},
 * {@link org.otexplorer.service.RaceView}). The only way the ui reaches computation. May import the computation
 * packages and io; never JavaFX (delivery goes through an {@link java.util.concurrent.Executor} the caller
 * supplies).
 */
package org.otexplorer.service;
