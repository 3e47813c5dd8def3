/**
 * Regression without correspondence: data sets ({@link org.otexplorer.regression.RegressionData}, made by
 * {@link org.otexplorer.regression.data.DataGenerators}), the linear model's OT losses, optimizers made by
 * {@link org.otexplorer.regression.Optimizers} (oracle, ls, am, robot, gd, sgd-newton) and their traces.
 * May import the engine, the derivatives and the scenario records of io; never JavaFX.
 *
 * <pre>{@code
 * RegressionData data = DataGenerators.create(scenario.data(), scenario.seed());
 * RunControl control = new RunControl();            // pause(), step(), resume(), cancel() from any thread
 * Trace trace = Optimizers.create("robot").run(data, optimizerSpec, seed,
 *         (method, entry) -> System.out.println(entry.loss()), control);
 * }</pre>
 */
package org.otexplorer.regression;
