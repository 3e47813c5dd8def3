/**
 * The Sinkhorn step-by-step workbench (issue 14 view 1): a solve of the scenario's problem recorded by
 * {@link org.otexplorer.engine.StepThrough}, shown frame by frame (the plan after k half-steps on a locked colour
 * scale, its sums against a and b, the potentials, the marginal error with the frame marked), with play / pause /
 * step / step back / reset and a slider; its figures export the step-through as an animation. Imports
 * {@code engine} (the recording), {@code io} (the scenario), {@code service} (jobs) and {@code ui.workbench},
 * {@code ui.charts}; the recording and each frame's arrays are made in jobs, the FX thread only hands arrays over.
 */
package org.otexplorer.ui.steps;
