/**
 * What every workbench of the explorer is built from: the {@link org.otexplorer.ui.workbench.WorkbenchUi} a
 * workbench implements and the {@link org.otexplorer.ui.workbench.WorkbenchView} it opens in a window, the
 * {@link org.otexplorer.ui.workbench.WorkbenchContext} the window gives it (the scenario model, the one compute
 * service, the status bar), its {@link org.otexplorer.ui.workbench.ExportFigure}s, and the shared controls
 * (declared-parameter controls, sliders, the scope-aware scenario editor, dialogs). May import service, io,
 * parameters, workbench and JavaFX; never the window ({@code ui}) or a particular workbench.
 */
package org.otexplorer.ui.workbench;
