/**
 * Files in and out: scenario JSON (versioned, strictly validated against the declared parameters of solvers,
 * optimizers and workbench sections, {@link org.otexplorer.io.ParameterJson}), CSV point clouds and weights,
 * images ({@link org.otexplorer.io.ImageFiles}: any javax.imageio format in, PNG out, as
 * {@link org.otexplorer.colour.RgbImage}), and result JSON. Maps files to the settings objects of the computation
 * packages; figure export is the user interface's ({@code ui.export}). May import the computation packages,
 * {@code parameters} and {@code workbench}; never JavaFX.
 */
package org.otexplorer.io;
