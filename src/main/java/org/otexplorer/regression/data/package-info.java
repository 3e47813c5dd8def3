/**
 * Seeded data generators for regression without correspondence ({@link org.otexplorer.regression.data.DataGenerators},
 * reading {@link org.otexplorer.regression.data.GeneratorSettings}): the same seed gives the same data on every
 * machine ({@link java.util.SplittableRandom}). The user's own CSV data arrive as arrays
 * ({@link org.otexplorer.regression.data.CsvData}); reading the files is io's.
 */
package org.otexplorer.regression.data;
