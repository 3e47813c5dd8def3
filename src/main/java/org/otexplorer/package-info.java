/**
 * OT Explorer: a visual explorer for entropic optimal transport and regression without correspondence.
 * {@link org.otexplorer.Main} dispatches to the GUI ({@code ui}) or the command line ({@code cli}).
 */
package org.otexplorer;
