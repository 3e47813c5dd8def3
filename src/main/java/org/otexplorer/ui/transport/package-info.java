/**
 * The transport and shuffled-regression workbench ({@link org.otexplorer.ui.transport.TransportWorkbench}): the
 * data and solver controls, the source-and-target, plan, H-spectrum and optimizer-race panels, and their export
 * figures. Runs its analyses on the window's compute service; may import service, io, parameters, the shared
 * workbench controls ({@code ui.workbench}) and the chart factories ({@code ui.charts}).
 */
package org.otexplorer.ui.transport;
