/**
 * Regression without correspondence: seeded data generators, models f(x, z; w), losses, optimizers and
 * their per-iteration traces. May import the engine and the derivatives; never JavaFX.
 */
package org.otexplorer.regression;
