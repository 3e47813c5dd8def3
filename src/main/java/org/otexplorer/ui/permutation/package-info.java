/**
 * The permutation-learning workbench (math.md §15): the normalisation lab (a matrix stepped through
 * {@code S^(L) = (N_c ∘ N_r)^L} half-step by half-step, Fig. 2's error curves with Appendix D's change points,
 * Appendix A's softmax gradient), the random-sample grid (τ × L, click a cell to step through a sample) and the
 * training race of the four permutation heads on the sorting task. Its scenario section is {@code permutation}
 * ({@link org.otexplorer.ui.permutation.PermutationSection}); its analyses run on the window's compute service and
 * return plain data ({@code LabResult}, {@code GridResult}, {@code RaceSnapshot}); its figures are
 * {@code permutation-lab}, {@code permutation-errors}, {@code permutation-softmax}, {@code permutation-grid} and
 * {@code permutation-race}. May import {@code ui.workbench}, {@code ui.charts}, {@code service}, {@code io},
 * {@code parameters}, {@code regression} (its run control) and the computation package {@code permutation}.
 */
package org.otexplorer.ui.permutation;
