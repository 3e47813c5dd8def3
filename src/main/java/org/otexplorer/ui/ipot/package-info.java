/**
 * The IPOT workbench (thesis chapter 2, math.md §16): the panel "IPOT vs Sinkhorn" (the convergence race of
 * Fig. 2.2 and 2.4 with both plans drawn at the iteration on screen, play / pause / step / reset), and the panels
 * that follow it. Its scenario section is {@code ipot} ({@link org.otexplorer.ui.ipot.IpotSection}); its analyses run
 * on the window's compute service and return plain data ({@code RaceResult}, {@code RacePlans}); its figures are
 * listed by {@code IpotFigures}. May import {@code ui.workbench}, {@code ui.charts}, {@code service}, {@code io},
 * {@code parameters}, {@code workbench} and the computation packages {@code engine}, {@code histogram},
 * {@code ipot}, {@code barycenter} and {@code colour}.
 */
package org.otexplorer.ui.ipot;
