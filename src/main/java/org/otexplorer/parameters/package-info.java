/**
 * Declared, typed parameters: every solver, optimizer and workbench section says once what it reads
 * ({@link org.otexplorer.parameters.Parameter}: name, type, default, range, unit, scale and a one-sentence
 * description), and everything else reads that declaration — scenario validation ({@code io}), the {@code otx}
 * options and their help ({@code cli}), the controls and tooltips of the explorer ({@code ui}) and the README's
 * parameter table. Values travel as {@link org.otexplorer.parameters.ParameterValues}, checked against their
 * declarations when set. The foundation of the application: imports nothing from it.
 */
package org.otexplorer.parameters;
