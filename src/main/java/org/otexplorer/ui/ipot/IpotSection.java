package org.otexplorer.ui.ipot;

import java.util.ArrayList;
import java.util.List;
import org.otexplorer.barycenter.glyphs.StrokeGlyph;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.histogram.GaussianMixture;
import org.otexplorer.histogram.Grid;
import org.otexplorer.io.Scenario;
import org.otexplorer.ipot.ConvergenceRace;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterType;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.workbench.ScenarioSection;

/**
 * The scenario section {@value #NAME}: everything the IPOT workbench shows (thesis chapter 2, math.md §16), so that a
 * saved file reopens on the same picture, down to the iteration on screen. Readers turn it into the inputs of the
 * computation packages ({@code ipot}, {@code barycenter}, {@code colour}) and say, naming the field, what they
 * cannot use (lists of different lengths, weights that do not sum to one).
 */
public final class IpotSection {
    /** The key in scenario files. */
    public static final String NAME = "ipot";

    /** Which panel is in front. */
    public static final Parameter<String> VIEW = Parameter.choice("view", "race", "pairs", "barycenters", "colour",
            "scalability").symbol("panel").describe("The panel in front: IPOT vs Sinkhorn, IPOT = Sinkhorn at β/t,"
                    + " barycenters, colour transfer or scalability.").build();

    // The histograms of the race and of the pairs.
    /** Which histograms. */
    public static final Parameter<String> HISTOGRAMS = Parameter.choice("histograms", "demo", "random", "custom")
            .symbol("histograms a, b").describe("The thesis demo pair a = ½N(70, 9²) + ½N(35, 9²), b = 0.4N(60, 8²)"
                    + " + 0.6N(40, 6²) (scaled to the bins), two random Gaussian mixtures of the scenario's seed, or"
                    + " the custom a and b below (imported from a CSV file).").build();
    /** The custom a. */
    public static final Parameter<List<Double>> SOURCE_HISTOGRAM = Parameter.of("sourceHistogram",
            ParameterType.REAL_LIST).defaultValue(List.of()).atLeast(0).symbol("a  (custom)")
            .describe("The custom source histogram, one entry per bin (≥ 0, positive total; scaled to mass one).")
            .build();
    /** The custom b. */
    public static final Parameter<List<Double>> TARGET_HISTOGRAM = Parameter.of("targetHistogram",
            ParameterType.REAL_LIST).defaultValue(List.of()).atLeast(0).symbol("b  (custom)")
            .describe("The custom target histogram, as many bins as a.").build();
    /** Number of bins. */
    public static final Parameter<Integer> BINS = Parameter.integer("bins").defaultValue(100).range(10, 200)
            .symbol("n  bins").describe("The bins of the two histograms; the cost is C_ij = (i − j)²/(n − 1)².")
            .build();
    /** Components of the random mixtures. */
    public static final Parameter<Integer> COMPONENTS = Parameter.integer("components").defaultValue(2).range(1, 5)
            .symbol("components").describe("Gaussian components of each random histogram (a mixture).").build();

    // The race.
    /** IPOT's β per racing configuration. */
    public static final Parameter<List<Double>> BETAS = Parameter.of("betas", ParameterType.REAL_LIST)
            .defaultValue(List.of(1.0, 0.1, 0.01, 0.1, 0.01)).above(0).atMost(100).symbol("β  IPOT")
            .describe("The proximal parameter β of each IPOT configuration in the race (thesis Fig. 2.2).").build();
    /** IPOT's L per racing configuration. */
    public static final Parameter<List<Double>> INNER = Parameter.of("innerIterations", ParameterType.REAL_LIST)
            .defaultValue(List.of(1.0, 1.0, 1.0, 10.0, 10.0)).range(1, 1000).symbol("L  inner iterations")
            .describe("The inner Sinkhorn iterations L of each IPOT configuration, one whole number per β.").build();
    /** Sinkhorn's ε. */
    public static final Parameter<List<Double>> EPSILONS = Parameter.of("epsilons", ParameterType.REAL_LIST)
            .defaultValue(List.of(0.1, 0.01, 0.001, 0.0001)).above(0).atMost(100).symbol("ε  Sinkhorn")
            .describe("The ε of each Sinkhorn run in the race (absolute; C is at most 1).").build();
    /** The race's budget. */
    public static final Parameter<Integer> ITERATIONS = Parameter.integer("iterations").defaultValue(2000)
            .range(10, 20000).symbol("iterations")
            .describe("Proximal steps of every IPOT run and the largest Sinkhorn iteration count of the race.").build();
    /** The IPOT configuration whose plan is drawn. */
    public static final Parameter<Integer> SHOWN_IPOT = Parameter.integer("shownIpot").defaultValue(4).range(0, 19)
            .symbol("IPOT plan #").describe("Which IPOT configuration's plan is drawn (0 is the first β).")
            .build();
    /** The Sinkhorn run whose plan is drawn. */
    public static final Parameter<Integer> SHOWN_SINKHORN = Parameter.integer("shownSinkhorn").defaultValue(2)
            .range(0, 19).symbol("Sinkhorn plan #")
            .describe("Which Sinkhorn ε's plan is drawn (0 is the first ε).").build();
    /** The iteration on screen. */
    public static final Parameter<Integer> SHOWN_ITERATION = Parameter.integer("shownIteration").defaultValue(20000)
            .range(1, 20000).symbol("iteration shown")
            .describe("The iteration the plans and the race's marker show (play, step and reset move it; past the"
                    + " budget means the last).").build();

    // The pairs.
    /** β of the pairs. */
    public static final Parameter<Double> PAIR_BETA = Parameter.real("pairBeta").defaultValue(0.1).above(0)
            .atMost(10).logScale().typical(0.01, 1).symbol("β  (IPOT = Sinkhorn at β/t)")
            .describe("IPOT's proximal parameter for the slider over t; iterate t is the Sinkhorn plan at ε = β/t.")
            .build();
    /** Proximal steps of the pairs. */
    public static final Parameter<Integer> PAIR_STEPS = Parameter.integer("pairSteps").defaultValue(30)
            .range(1, 200).symbol("t  up to").describe("How many proximal steps the slider over t reaches.").build();
    /** The t on screen. */
    public static final Parameter<Integer> PAIR_T = Parameter.integer("t").defaultValue(10).range(1, 200)
            .symbol("t  shown").describe("The proximal step whose IPOT and Sinkhorn plans are drawn.").build();

    // Barycenters.
    /** 1-D histograms or 2-D glyphs. */
    public static final Parameter<String> BARYCENTER_INPUTS = Parameter.choice("barycenterInputs", "glyphs",
            "histograms").symbol("inputs").describe("Glyph images on a square grid (thesis Fig. 2.8) or random 1-D"
                    + " Gaussian mixtures on the race's bins (then the exact barycenter is overlaid).").build();
    /** The glyph. */
    public static final Parameter<String> GLYPH = Parameter.choice("glyph", StrokeGlyph.names().toArray(String[]::new))
            .defaultValue("3").symbol("glyph")
            .describe("The glyph drawn, rescaled and shifted at random for each input (the scenario's seed).").build();
    /** Number of inputs. */
    public static final Parameter<Integer> INPUT_COUNT = Parameter.integer("inputCount").defaultValue(4).range(2, 8)
            .symbol("K  inputs").describe("How many inputs the barycenter averages.").build();
    /** Side of the glyph grid. */
    public static final Parameter<Integer> GLYPH_SIDE = Parameter.integer("glyphSide").defaultValue(50).range(8, 50)
            .symbol("glyph grid side").describe("The glyph images are side × side pixels.").build();
    /** λ. */
    public static final Parameter<List<Double>> WEIGHTS = Parameter.of("weights", ParameterType.REAL_LIST)
            .defaultValue(List.of()).range(0, 1).symbol("λ  weights")
            .describe("The weights λ_k of the inputs, summing to one; empty means equal weights 1/K.").build();
    /** β = ε of both barycenters. */
    public static final Parameter<Double> BARYCENTER_BETA = Parameter.real("barycenterBeta").defaultValue(0.01)
            .above(0).atMost(10).logScale().typical(0.001, 0.1).symbol("β = ε  barycenters")
            .describe("IPOT's proximal parameter and IBP's entropic ε, the same number (the cost is at most 1).")
            .build();
    /** IPOT's proximal steps. */
    public static final Parameter<Integer> BARYCENTER_STEPS = Parameter.integer("barycenterSteps").defaultValue(100)
            .range(1, 5000).symbol("IPOT steps").describe("Proximal steps of the IPOT barycenter (L = 1 each).")
            .build();
    /** Update order of IPOT. */
    public static final Parameter<String> ORDER = Parameter.choice("order", "consensus", "printed")
            .symbol("IPOT update order").describe("Consensus (b, q, a carried over: keeps Π_k a_k^λ_k = 1 and"
                    + " reaches the exact barycenter) or as printed in Algorithm 2 (a restarted: stalls blurred).")
            .build();
    /** s of the displacement interpolation. */
    public static final Parameter<Double> INTERPOLATION = Parameter.real("interpolation").defaultValue(0.5)
            .range(0, 1).symbol("s  between input 0 and 1")
            .describe("The weight (1 − s, s) of the barycenter between the first two inputs: displacement"
                    + " interpolation.").build();

    // Colour transfer.
    /** Source image file. */
    public static final Parameter<String> SOURCE_IMAGE = Parameter.of("sourceImage", ParameterType.TEXT)
            .defaultValue("").symbol("source image")
            .describe("The image whose colours change (PNG or JPEG, relative to the scenario); empty: the sunset"
                    + " the explorer paints.").build();
    /** Target image file. */
    public static final Parameter<String> TARGET_IMAGE = Parameter.of("targetImage", ParameterType.TEXT)
            .defaultValue("").symbol("target image")
            .describe("The image whose colour distribution is copied; empty: the lagoon the explorer paints.").build();
    /** Size of the painted images. */
    public static final Parameter<Integer> IMAGE_SIZE = Parameter.integer("imageSize").defaultValue(192)
            .range(16, 1024).symbol("painted image size")
            .describe("Width and height of the two images the explorer paints when no file is given.").build();
    /** β of the IPOT colour plan. */
    public static final Parameter<Double> COLOUR_BETA = Parameter.real("colourBeta").defaultValue(0.05).above(0)
            .atMost(10).logScale().typical(0.001, 1).symbol("β  IPOT colours")
            .describe("IPOT's β for the colour plans (colours scaled to [0, 1]).").build();
    /** The two ε of Sinkhorn's colour plans. */
    public static final Parameter<List<Double>> COLOUR_EPSILONS = Parameter.of("colourEpsilons",
            ParameterType.REAL_LIST).defaultValue(List.of(0.01, 0.001)).above(0).atMost(10)
            .symbol("ε  Sinkhorn colours").describe("The two ε of the Sinkhorn colour plans (thesis Fig. 2.7: 1e-2,"
                    + " 1e-3).").build();
    /** Pixels sampled for the joint RGB transfer. */
    public static final Parameter<Integer> JOINT_SAMPLES = Parameter.integer("jointSamples").defaultValue(500)
            .range(2, 3000).symbol("joint RGB samples")
            .describe("Pixels drawn from each image for the joint RGB transfer (exact plan, nearest-sample"
                    + " extension).").build();

    // Scalability (thesis Fig. 2.3).
    /** The smallest n of the scalability study. */
    public static final Parameter<Integer> SCALING_SMALLEST = Parameter.integer("scalingSmallest").defaultValue(64)
            .range(2, 2048).symbol("smallest n").describe("The study runs n = smallest, 2·smallest, 4·smallest, …"
                    + " up to the largest n (16-D uniform points, n on each side).").build();
    /** The largest n of the scalability study. */
    public static final Parameter<Integer> SCALING_LARGEST = Parameter.integer("scalingLargest").defaultValue(256)
            .range(2, 2048).symbol("largest n").describe("The largest n of the study (the thesis goes to 2048).")
                    .build();
    /** Data sets per n. */
    public static final Parameter<Integer> SCALING_SEEDS = Parameter.integer("scalingSeeds").defaultValue(1)
            .range(1, 6).symbol("seeds per n").describe("Data sets per n; a point is the mean over the seeds that"
                    + " reached the precision (the thesis: 6).").build();
    /** Time cap per solve. */
    public static final Parameter<Double> SCALING_CAP = Parameter.real("scalingCap").defaultValue(2.0).above(0)
            .atMost(600).logScale().typical(0.2, 60).symbol("cap per solve (s)").describe("Seconds one solve may take; a method that does not"
                    + " reach relative precision 1e-4 within it has no point at that n.").build();

    private IpotSection() {
    }

    /** The section's declaration. */
    public static ScenarioSection declaration() {
        return new ScenarioSection(NAME, "The IPOT workbench: IPOT vs Sinkhorn, IPOT = Sinkhorn at β/t, barycenters,"
                + " colour transfer and scalability.", List.of(VIEW, HISTOGRAMS, SOURCE_HISTOGRAM, TARGET_HISTOGRAM, BINS, COMPONENTS, BETAS, INNER, EPSILONS,
                ITERATIONS, SHOWN_IPOT, SHOWN_SINKHORN, SHOWN_ITERATION, PAIR_BETA, PAIR_STEPS, PAIR_T,
                BARYCENTER_INPUTS, GLYPH, INPUT_COUNT, GLYPH_SIDE, WEIGHTS, BARYCENTER_BETA, BARYCENTER_STEPS, ORDER,
                INTERPOLATION, SOURCE_IMAGE, TARGET_IMAGE, IMAGE_SIZE, COLOUR_BETA, COLOUR_EPSILONS, JOINT_SAMPLES,
                SCALING_SMALLEST, SCALING_LARGEST, SCALING_SEEDS, SCALING_CAP));
    }

    /** The section's values in a scenario. */
    public static ParameterValues of(Scenario s) {
        return s.section(NAME);
    }

    /** A scenario with one value of the section changed (checked against its declaration). */
    public static <T> Scenario with(Scenario s, Parameter<T> p, T value) {
        return s.withSection(NAME, of(s).with(p, value));
    }

    /** The field's name as messages write it, e.g. {@code ipot.betas}. */
    static String field(Parameter<?> p) {
        return NAME + "." + p.name();
    }

    /**
     * The two histograms a and b of the race and the pairs (demo, random mixtures of the seed, or the custom ones).
     *
     * @throws IllegalArgumentException naming the field for custom histograms that are empty, of different lengths,
     *                                  or of zero mass
     */
    static double[][] histograms(Scenario s) {
        ParameterValues v = of(s);
        if ("custom".equals(v.get(HISTOGRAMS))) {
            return custom(array(v.get(SOURCE_HISTOGRAM)), array(v.get(TARGET_HISTOGRAM)));
        }
        int n = v.get(BINS);
        if ("demo".equals(v.get(HISTOGRAMS))) {
            double scale = n / 100.0;
            return new double[][] {scaled(GaussianMixture.demoSource(), scale).histogram(n),
                scaled(GaussianMixture.demoTarget(), scale).histogram(n)};
        }
        int c = v.get(COMPONENTS);
        return new double[][] {GaussianMixture.random(c, n, s.seed()).histogram(n),
            GaussianMixture.random(c, n, s.seed() + 1000).histogram(n)};
    }

    /**
     * Checks custom histograms (at least two bins each, as many in b as in a, entries finite and ≥ 0, positive mass,
     * and no empty bin: IPOT and Sinkhorn need positive weights).
     *
     * @throws IllegalArgumentException naming {@code ipot.sourceHistogram} or {@code ipot.targetHistogram}
     */
    static double[][] custom(double[] a, double[] b) {
        org.otexplorer.histogram.Histograms.requireValid(a, field(SOURCE_HISTOGRAM));
        org.otexplorer.histogram.Histograms.requireValid(b, field(TARGET_HISTOGRAM));
        if (a.length < 2 || a.length != b.length) {
            throw new IllegalArgumentException(field(TARGET_HISTOGRAM) + ": " + b.length + " bins, but "
                    + field(SOURCE_HISTOGRAM) + " has " + a.length + " (both need the same number, at least 2)");
        }
        for (int i = 0; i < a.length; i++) {
            for (double[] h : new double[][] {a, b}) {
                if (h[i] == 0) {
                    throw new IllegalArgumentException(field(h == a ? SOURCE_HISTOGRAM : TARGET_HISTOGRAM) + " bin "
                            + i + " is empty: IPOT and Sinkhorn need every bin positive (give it a tiny mass)");
                }
            }
        }
        return new double[][] {a, b};
    }

    /** The transport problem between the two histograms, {@code C_ij = (i − j)²/(n − 1)²}. */
    static TransportProblem problem(Scenario s) {
        double[][] ab = histograms(s);
        return Grid.line(ab[0].length).problem(ab[0], ab[1]);
    }

    /**
     * The race's IPOT configurations, one per β with its L.
     *
     * @throws IllegalArgumentException naming {@code ipot.innerIterations} when the lists differ in length or an L
     *                                  is not a whole number
     */
    static List<ConvergenceRace.IpotSetting> ipotSettings(Scenario s) {
        ParameterValues v = of(s);
        List<Double> betas = v.get(BETAS);
        List<Double> inner = v.get(INNER);
        if (betas.size() != inner.size()) {
            throw new IllegalArgumentException(field(INNER) + ": " + inner.size() + " values for " + betas.size()
                    + " values of " + field(BETAS) + " (one L per β)");
        }
        List<ConvergenceRace.IpotSetting> out = new ArrayList<>();
        for (int k = 0; k < betas.size(); k++) {
            double l = inner.get(k);
            if (l != Math.rint(l)) {
                throw new IllegalArgumentException(field(INNER) + ": L must be a whole number, got " + l);
            }
            out.add(new ConvergenceRace.IpotSetting(betas.get(k), (int) l));
        }
        return out;
    }

    /** The race's Sinkhorn ε. */
    static double[] epsilons(Scenario s) {
        return of(s).get(EPSILONS).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The list's values as an array. */
    static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The demo mixtures drawn on n bins keep their shape: means and deviations scale by n/100. */
    private static GaussianMixture scaled(GaussianMixture m, double scale) {
        return GaussianMixture.of(m.components().stream().map(c -> new GaussianMixture.Component(c.weight(),
                c.mean() * scale, c.std() * scale)).toArray(GaussianMixture.Component[]::new));
    }
}
