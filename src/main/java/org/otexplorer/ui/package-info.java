/**
 * The JavaFX explorer window: the application, the main window with one tab per registered workbench
 * ({@code ui.workbench.WorkbenchUis}), menus, the status bar, scenario file handling, figure export of the front
 * workbench and of the whole window, and themes (layouts in {@code resources/org/otexplorer/ui}). Reaches
 * computation only through the workbenches and the {@link org.otexplorer.service.ComputeService}; never calls a
 * solver.
 */
package org.otexplorer.ui;
