/**
 * Seeded data generators for regression without correspondence ({@link org.otexplorer.regression.data.DataGenerators}):
 * the same seed gives the same data on every machine ({@link java.util.SplittableRandom}).
 */
package org.otexplorer.regression.data;
