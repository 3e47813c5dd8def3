/**
 * The JavaFX explorer: application, FXML controllers, panels, chart factories (chart-fx) and themes.
 * Reaches computation only through the service package.
 */
package org.otexplorer.ui;
