/**
 * A small neural-network library in pure Java (math.md §15.5): dense layers ({@link org.otexplorer.nn.Dense}),
 * ReLU ({@link org.otexplorer.nn.Relu}), a chain of layers ({@link org.otexplorer.nn.Sequential}) and the Adam
 * optimizer ({@link org.otexplorer.nn.Adam}). Reverse mode is written by hand: every layer has an explicit
 * {@code backward} that turns the gradient of its output into the gradient of its input and accumulates the
 * gradients of its {@link org.otexplorer.nn.Parameter}s. Batches are row-major {@code rows × width} arrays.
 * Initialisation is seeded. Imports nothing outside {@code java.*}.
 *
 * <pre>{@code
 * SplittableRandom rng = new SplittableRandom(seed);
 * Sequential net = new Sequential(new Dense(1, 32, rng), new Relu(32), new Dense(32, n, rng));
 * Adam adam = new Adam(net.parameters(), 0.1);
 * double[] out = net.forward(inputs, rows);        // rows × n
 * net.zeroGradients();
 * net.backward(dLossdOut);                         // rows × n in, rows × 1 out
 * adam.step();
 * }</pre>
 */
package org.otexplorer.nn;
