/**
 * Figure export: any chart or panel to PNG at scale 1×–4× (exact pixel size, laid out at the target size
 * so text and lines stay crisp), with the figure's data as CSV and the scenario JSON beside it.
 */
package org.otexplorer.ui.export;
