/**
 * The {@code otx} command line (picocli): solve, derivatives, fit, export and bench, over the same engine
 * and service as the GUI. Bad input exits with code 2 and one line on stderr.
 */
package org.otexplorer.cli;
