/**
 * The JavaFX explorer: the application, its FXML controllers (layouts in {@code resources/org/otexplorer/ui}),
 * the panels, scenario file handling and themes. Reaches computation only through
 * {@link org.otexplorer.service.ExplorerService}; never calls a solver.
 */
package org.otexplorer.ui;
