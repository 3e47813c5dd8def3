/**
 * Files in and out: scenario JSON (versioned, strictly validated), CSV point clouds and weights, result
 * JSON, figure export, and images ({@link org.otexplorer.io.ImageFiles}: any javax.imageio format in, PNG out, as
 * {@link org.otexplorer.colour.RgbImage}).
 */
package org.otexplorer.io;
