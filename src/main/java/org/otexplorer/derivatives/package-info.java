/**
 * Derivatives of entropic OT (math.md §3–§7, the differentiation paper and ROBOT): the H-matrix and its
 * spectrum with the closed forms of §4.2 and §10, the Newton polish of the dual (§2.3), gradients of the
 * entropic objective (§3) and of the Sinkhorn distance (§6.2), the analytic Hessian (§5) with a choice of
 * null-space handling (§4.3) and its Prop. 4 marginal-error check (§5.4), the Hessian–vector product (§5.5),
 * the ROBOT hypergradient dL/dC (§6.1), the chain rule to a linear model's parameters (§7), and the
 * unrolled reverse-mode baseline the paper compares against. May import the engine and EJML; never JavaFX.
 *
 * <p>Conventions are math.md §0: {@code C_ij = ||x_i − y_j||²} (no ½), absolute ε, potentials including
 * {@code ε log a}, points flattened with index {@code k·d + s}. Typical use, for instance by the regression
 * layer with predictions Ŷ = XΘ as the source points:
 * <pre>{@code
 * TransportProblem problem = TransportProblem.fromPoints(predictions, targets);
 * TransportResult plan = SinkhornNewton.polish(problem, new LogDomainSinkhornSolver().solve(problem,
 *         SolverSettings.defaults().withEpsilon(0.05).withTolerance(1e-12).withMaxIterations(100_000)), 0);
 * EntropicDerivatives der = EntropicDerivatives.of(problem, plan);   // check der.isReliable()
 * double[][] grad = der.gradient();                                 // ∇_Ŷ W, N×d (§3)
 * double[][] gradS = der.sinkhornDistanceGradient();                // ∇_Ŷ <C,P>, N×d (§6.2)
 * DMatrixRMaj hess = der.hessian();                                 // (Nd)×(Nd), exact H⁺ by deflation (§5)
 * DMatrixRMaj regularised = der.hessian(NullSpaceHandling.TRUNCATED_EIGEN);   // the authors' τ = 1e-10
 * double check = der.hessianMarginalError(hess);                    // ~1e-14 when the Hessian is right (§5.4)
 * double[][] hv = der.hessianVectorProduct(direction);              // Hess·A in O(NM) memory (§5.5)
 *
 * double[][] gradTheta = LinearModelChainRule.parameterGradient(design, grad);            // Xᵀ G (§7)
 * DMatrixRMaj hessTheta = LinearModelChainRule.parameterHessian(design, hess, d);
 * double[][] newton = LinearModelChainRule.newtonDirection(hessTheta, gradTheta);
 *
 * double[] dLdC = RobotHypergradient.costGradient(problem, plan, dLdP);                   // §6.1
 * double[] dSdC = RobotHypergradient.sinkhornDistanceCostGradient(plan.plan(), problem.costArray(),
 *         plan.epsilon());                                                                 // §6.2
 *
 * HMatrix h = HMatrix.of(plan.plan());
 * double[] spectrum = h.spectrum();                                 // ascending
 * double gap = h.smallestPositiveEigenvalue();                      // λ_{2N−1}
 * double cond = h.conditionNumber();                                // λ_max / λ_{2N−1}
 * double[] circle = UnitCircleSpectrum.eigenvalues(n, epsilon);     // closed form, §10
 * }</pre>
 */
package org.otexplorer.derivatives;
