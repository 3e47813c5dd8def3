/**
 * The background compute service: turns a scenario into data, runs the solver and the H-matrix analysis
 * off the FX thread, newest request wins, stale work is cancelled, progress is published throttled, and
 * the results are handed out as plain view data ({@link org.otexplorer.service.SolveView},
 * {@link org.otexplorer.service.SpectrumView}). The only way the ui reaches computation. May import the
 * engine, derivatives and io packages; never JavaFX (delivery goes through an {@link java.util.concurrent.Executor}
 * the caller supplies).
 */
package org.otexplorer.service;
