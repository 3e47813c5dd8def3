package org.otexplorer.histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A mixture of Gaussians discretised on n bins (math.md §16.2): component c has weight {@code w_c}, mean
 * {@code μ_c} and standard deviation {@code s_c} in bin units, is evaluated as {@code exp(−(i − μ_c)²/(2 s_c²))}
 * at the bin centres i = 0..n−1 and normalised to mass one on the bins before the weights mix them (as the
 * thesis demo does). The demo pair: {@code a = ½N(70, 9²) + ½N(35, 9²)}, {@code b = 0.4N(60, 8²) + 0.6N(40, 6²)}
 * on n = 100 bins; the 9, 8 and 6 are standard deviations.
 */
public final class GaussianMixture {
    /** One component: weight, mean and standard deviation (bins). */
    public record Component(double weight, double mean, double std) {
        public Component {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("mixture weight must be a finite number > 0, got " + weight);
            }
            if (!Double.isFinite(mean)) {
                throw new IllegalArgumentException("mixture mean must be finite, got " + mean);
            }
            if (!(std > 0) || Double.isInfinite(std)) {
                throw new IllegalArgumentException("mixture standard deviation must be a finite number > 0, got " + std);
            }
        }
    }

    private final List<Component> components;

    private GaussianMixture(List<Component> components) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a mixture needs at least one component");
        }
        this.components = List.copyOf(components);
    }

    /** A mixture of the given components. */
    public static GaussianMixture of(Component... components) {
        return new GaussianMixture(List.of(components));
    }

    /** The thesis demo's source, {@code ½N(70, 9²) + ½N(35, 9²)} (for n = 100 bins). */
    public static GaussianMixture demoSource() {
        return of(new Component(0.5, 70, 9), new Component(0.5, 35, 9));
    }

    /** The thesis demo's target, {@code 0.4N(60, 8²) + 0.6N(40, 6²)} (for n = 100 bins). */
    public static GaussianMixture demoTarget() {
        return of(new Component(0.4, 60, 8), new Component(0.6, 40, 6));
    }

    /**
     * A random mixture of {@code count} components on n bins: weights uniform in [0.2, 1], means uniform in the
     * middle 70 % of the bins, standard deviations uniform in [n/40, n/12]; the same seed gives the same mixture.
     */
    public static GaussianMixture random(int count, int n, long seed) {
        if (count < 1 || n < 2) {
            throw new IllegalArgumentException("a random mixture needs >= 1 component and >= 2 bins");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<Component> list = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            list.add(new Component(0.2 + 0.8 * rng.nextDouble(), n * (0.15 + 0.7 * rng.nextDouble()),
                    n * (1.0 / 40 + (1.0 / 12 - 1.0 / 40) * rng.nextDouble())));
        }
        return new GaussianMixture(list);
    }

    public List<Component> components() {
        return components;
    }

    /** The histogram on n bins, total mass one. */
    public double[] histogram(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + n);
        }
        double totalWeight = 0;
        for (Component c : components) {
            totalWeight += c.weight();
        }
        double[] h = new double[n];
        for (Component c : components) {
            double[] g = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double z = (i - c.mean()) / c.std();
                g[i] = Math.exp(-0.5 * z * z);
                sum += g[i];
            }
            if (!(sum > 0)) {
                throw new IllegalArgumentException("mixture component at mean " + c.mean() + " has no mass on "
                        + n + " bins");
            }
            for (int i = 0; i < n; i++) {
                h[i] += c.weight() / totalWeight * g[i] / sum;
            }
        }
        return h;
    }
}
