/**
 * Glyphs the explorer draws itself for barycenter inputs (thesis Fig. 2.8, math.md §16.6): the digits 0–9 and a
 * few simple shapes as strokes (polylines with a width) in a unit box, rasterised onto an image grid by
 * supersampled coverage at any scale and position. Pure geometry on plain arrays: no fonts, no AWT, so it runs the
 * same headless. Imports nothing from the application.
 */
package org.otexplorer.barycenter.glyphs;
