/**
 * Regression without correspondence: data sets ({@link org.otexplorer.regression.RegressionData}, made by
 * {@link org.otexplorer.regression.data.DataGenerators} from {@link org.otexplorer.regression.data.GeneratorSettings}),
 * models, the OT losses, and the optimizers made by {@link org.otexplorer.regression.Optimizers} — oracle, ls,
 * am, robot, robot-robust, gd, sgd-newton, rs, em-stochastic and em-hard — each declaring its parameters
 * ({@link org.otexplorer.regression.OptimizerParameters}) and run with {@link org.otexplorer.regression.OptimizerSettings},
 * with their traces. May import the engine, the derivatives and {@code parameters}; never io or JavaFX.
 *
 * <pre>{@code
 * RegressionData data = DataGenerators.create(new GeneratorSettings("unlabeled-sensing", 200, null, 5, 0.1, 0.5,
 *         0.0, Map.of()), seed);
 * RunControl control = new RunControl();            // pause(), step(), resume(), cancel() from any thread
 * OptimizerSettings robot = OptimizerSettings.of("robot").with(OptimizerParameters.ITERATIONS, 100);
 * Trace trace = Optimizers.create(robot).run(data, robot, seed, TraceListener.NONE, control);
 * }</pre>
 */
package org.otexplorer.regression;
