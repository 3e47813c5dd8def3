/**
 * Wasserstein barycenters on grids of bins (thesis §2.5, Algorithm 2; math.md §16.3–16.4): the entropic
 * barycenter by iterative Bregman projections (Benamou et al. 2015) as the baseline, the IPOT barycenter in the
 * log domain with the corrected (consensus-keeping) or the printed update order, the exact one-dimensional
 * barycenter by quantile averaging as the truth, sharpness measures and displacement interpolation between two
 * inputs. Every kernel product is a separable log-domain convolution with the one-dimensional Gibbs kernel
 * ({@link org.otexplorer.barycenter.LogConvolution}), never a dense kernel. Iterations are driven step by step and
 * hand out plain arrays. Imports the engine and histogram packages only; never JavaFX, AWT or io.
 */
package org.otexplorer.barycenter;
