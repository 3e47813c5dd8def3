/**
 * The {@code otx} command line (picocli): solve, derivatives, fit, export, bench, parameters and gui, over the
 * same engine, analyses and workbench figures as the GUI. Solver options come from the parameter declarations
 * ({@link org.otexplorer.cli.DeclaredOptions}). Bad input exits with code 2 and one line on stderr.
 */
package org.otexplorer.cli;
