/**
 * What the application knows of its workbenches without any user interface: each
 * {@link org.otexplorer.workbench.Workbench} names itself, declares the scenario sections it owns (typed
 * parameters) and lists its samples. Workbenches are found with {@link java.util.ServiceLoader}: one line in
 * {@code META-INF/services/org.otexplorer.workbench.Workbench} registers one, and scenario files ({@code io}),
 * {@code otx} and the window ({@code ui}) all read the same registry ({@link org.otexplorer.workbench.Workbenches}).
 * Imports only {@code parameters}; never JavaFX.
 */
package org.otexplorer.workbench;
