package org.otexplorer.ui.permutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterType;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.permutation.HeadKind;
import org.otexplorer.permutation.OscillatingPattern;
import org.otexplorer.permutation.RandomScoreSettings;
import org.otexplorer.permutation.SortingSettings;
import org.otexplorer.workbench.ScenarioSection;

/**
 * The scenario section {@value #NAME}: everything the permutation workbench shows (math.md §15), so that a saved
 * file reopens on the same picture. The scenario's top-level {@code seed} drives the random scores and the
 * sorting data. Readers turn the section into the settings of the computation packages and say, naming the
 * field, what a section holds that they cannot use (a matrix that is not square).
 */
public final class PermutationSection {
    /** The key in scenario files. */
    public static final String NAME = "permutation";

    /** Which panel is in front. */
    public static final Parameter<String> VIEW = Parameter.choice("view", "lab", "grid", "race").symbol("panel")
            .describe("The panel in front: the normalisation lab, the random-sample grid or the training race.")
            .build();

    // The normalisation lab.
    /** What the lab normalises. */
    public static final Parameter<String> SOURCE = Parameter.choice("source", "pattern", "random", "custom")
            .symbol("matrix").describe("What the lab normalises: a Fig. 1 pattern with zeros replaced by ε, a random"
                    + " score matrix exp(χ/τ) or the matrix typed below.").build();
    /** The Fig. 1 pattern. */
    public static final Parameter<String> PATTERN = Parameter.choice("pattern", patternIds())
            .defaultValue("centre-open").symbol("Fig. 1 pattern")
            .describe("The oscillating 3×3 pattern of the paper's Fig. 1 (where its full row and column cross; open:"
                    + " the crossing entry is 0).").build();
    /** ε replacing the pattern's zeros. */
    public static final Parameter<Double> EPSILON = Parameter.real("epsilon").defaultValue(1e-6).range(0, 0.5)
            .logScale().typical(1e-12, 0.5).symbol("ε  (zeros → ε)")
            .describe("The value that replaces the pattern's zeros; 0 keeps them and the iteration never converges.")
            .build();
    /** Iterations the lab runs. */
    public static final Parameter<Integer> ITERATIONS = Parameter.integer("iterations").defaultValue(30)
            .range(1, 500).symbol("L  iterations")
            .describe("Sinkhorn iterations (N_c ∘ N_r) the lab runs: 2L half-steps to step through.").build();
    /** τ of the random sample. */
    public static final Parameter<Double> SAMPLE_TEMPERATURE = Parameter.real("sampleTemperature").defaultValue(0.1)
            .range(0.01, 10).logScale().symbol("τ  (random sample)")
            .describe("The temperature of the random score matrix exp(χ/τ), χ ~ N(0,1).").build();
    /** n of the random sample. */
    public static final Parameter<Integer> SAMPLE_SIZE = Parameter.integer("sampleSize").defaultValue(10).range(2, 50)
            .symbol("n  sample size").describe("The size n × n of the random score matrix.").build();
    /** Which random sample. */
    public static final Parameter<Integer> SAMPLE_INDEX = Parameter.integer("sample").defaultValue(0).range(0, 9999)
            .symbol("sample k").describe("Which random sample of that size: the grid's sample k (same χ for every τ).")
            .build();
    /** The typed matrix, row-major. */
    public static final Parameter<List<Double>> MATRIX = Parameter.of("matrix", ParameterType.REAL_LIST)
            .defaultValue(List.of(1.0, 2.0, 3.0, 4.0)).atLeast(0).symbol("matrix")
            .describe("A non-negative square matrix, row-major (n² entries), for the lab's custom source.").build();
    /** K of the softmax chart. */
    public static final Parameter<Integer> SOFTMAX_SIZE = Parameter.integer("softmaxSize").defaultValue(10)
            .range(2, 1000).symbol("K  softmax entries")
            .describe("The length of the softmax row of Appendix A (the one-row Sinkhorn case).").build();
    /** c of the softmax chart. */
    public static final Parameter<Double> SOFTMAX_GAP = Parameter.real("softmaxGap").defaultValue(1.0).above(0)
            .atMost(100).logScale().typical(0.1, 10).symbol("c  gap below the maximum")
            .describe("How far the K − 1 other entries lie below the largest one (Appendix A, eq. 13).").build();

    // The random-sample grid.
    /** n of the grid. */
    public static final Parameter<Integer> GRID_SIZE = Parameter.integer("gridSize").defaultValue(10).range(2, 50)
            .symbol("n  matrix size").describe("The size of the random score matrices the grid counts.").build();
    /** Samples per cell. */
    public static final Parameter<Integer> GRID_SAMPLES = Parameter.integer("gridSamples").defaultValue(100)
            .range(1, 1000).symbol("samples per cell")
            .describe("How many random matrices each (τ, L) cell of the grid counts.").build();
    /** The unnormalised threshold. */
    public static final Parameter<Double> THRESHOLD = Parameter.real("threshold")
            .defaultValue(RandomScoreSettings.DEFAULT_THRESHOLD).above(0).atMost(0.99).logScale().typical(1e-8, 0.5)
            .symbol("threshold on Err_r")
            .describe("A sample counts as unnormalised when Err_r after L iterations exceeds this.").build();

    // The training race.
    /** N of the sorting task. */
    public static final Parameter<Integer> NUMBERS = Parameter.integer("numbers").defaultValue(15).range(2, 400)
            .symbol("N  numbers").describe("How many numbers each sequence holds (the permutations are N×N).").build();
    /** The heads that race. */
    public static final Parameter<List<String>> HEADS = Parameter.of("heads", ParameterType.TEXT_LIST)
            .defaultValue(List.of(headIds())).symbol("heads")
            .describe("The permutation heads that train side by side, by id.").build();
    /** Epochs. */
    public static final Parameter<Integer> EPOCHS = Parameter.integer("epochs").defaultValue(500).range(1, 20000)
            .symbol("epochs").describe("Adam steps on the whole training set (paper: 500).").build();
    /** Adam's learning rate. */
    public static final Parameter<Double> LEARNING_RATE = Parameter.real("learningRate").defaultValue(0.1).above(0)
            .atMost(10).logScale().typical(1e-3, 1).symbol("learning rate")
            .describe("Adam's learning rate (paper: 0.1).").build();
    /** L of the Sinkhorn heads. */
    public static final Parameter<Integer> SINKHORN_ITERATIONS = Parameter.integer("sinkhornIterations")
            .defaultValue(20).range(1, 200).symbol("L  Sinkhorn iterations")
            .describe("Unrolled Sinkhorn iterations of the two Sinkhorn heads (paper: 20).").build();
    /** τ of the heads. */
    public static final Parameter<Double> TEMPERATURE = Parameter.real("temperature").defaultValue(1.0).above(0)
            .atMost(100).logScale().typical(0.01, 10).symbol("τ  temperature")
            .describe("The temperature dividing the (perturbed) scores (paper: 1).").build();
    /** Gumbel samples. */
    public static final Parameter<Integer> NOISE_SAMPLES = Parameter.integer("noiseSamples").defaultValue(10)
            .range(1, 100).symbol("noise samples")
            .describe("Gumbel noise samples per sequence for the two noisy heads (paper: 10).").build();
    /** Training sequences. */
    public static final Parameter<Integer> TRAINING = Parameter.integer("trainingSequences").defaultValue(10)
            .range(1, 1000).symbol("training sequences")
            .describe("Sequences in the training set, which is also the batch (paper: 10).").build();
    /** Test sequences. */
    public static final Parameter<Integer> TEST = Parameter.integer("testSequences").defaultValue(10)
            .range(1, 1000).symbol("test sequences").describe("Sequences the metrics are measured on (paper: 10).")
            .build();
    /** Width of g1. */
    public static final Parameter<Integer> HIDDEN = Parameter.integer("hiddenUnits").defaultValue(32).range(1, 1024)
            .symbol("hidden units").describe("The width of the per-number layer g1 (paper: 32).").build();
    /** The head whose matrices and test sequence are drawn. */
    public static final Parameter<String> SHOWN_HEAD = Parameter.choice("shownHead", headIds())
            .defaultValue(HeadKind.SINKHORN.id()).symbol("head shown")
            .describe("The head whose test sequence and soft and hard permutation matrices are drawn.").build();

    private PermutationSection() {
    }

    /** The section's declaration. */
    public static ScenarioSection declaration() {
        return new ScenarioSection(NAME, "The permutation-learning workbench: normalisation lab, random-sample grid"
                + " and training race.", List.of(VIEW, SOURCE, PATTERN, EPSILON, ITERATIONS, SAMPLE_TEMPERATURE,
                SAMPLE_SIZE, SAMPLE_INDEX, MATRIX, SOFTMAX_SIZE, SOFTMAX_GAP, GRID_SIZE, GRID_SAMPLES, THRESHOLD,
                NUMBERS, HEADS, EPOCHS, LEARNING_RATE, SINKHORN_ITERATIONS, TEMPERATURE, NOISE_SAMPLES, TRAINING,
                TEST, HIDDEN, SHOWN_HEAD));
    }

    /** The section's values in a scenario. */
    public static ParameterValues of(Scenario s) {
        return s.section(NAME);
    }

    /** A scenario with one value of the section changed (checked against its declaration). */
    public static <T> Scenario with(Scenario s, Parameter<T> p, T value) {
        return s.withSection(NAME, of(s).with(p, value));
    }

    /** The scenario id of a pattern: {@code CENTRE_OPEN} → {@code centre-open}. */
    static String patternId(OscillatingPattern p) {
        return p.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The pattern a scenario names. */
    static OscillatingPattern pattern(ParameterValues v) {
        return OscillatingPattern.byName(v.get(PATTERN).replace('-', '_'));
    }

    /**
     * The custom matrix, n×n.
     *
     * @throws IllegalArgumentException naming {@code permutation.matrix} when its length is not a square
     */
    static double[][] customMatrix(ParameterValues v) {
        List<Double> flat = v.get(MATRIX);
        int n = (int) Math.round(Math.sqrt(flat.size()));
        if (n == 0 || n * n != flat.size()) {
            throw new IllegalArgumentException(NAME + "." + MATRIX.name() + ": " + flat.size()
                    + " entries do not make a square matrix");
        }
        double[][] m = new double[n][n];
        for (int k = 0; k < flat.size(); k++) {
            m[k / n][k % n] = flat.get(k);
        }
        return m;
    }

    /** The custom matrix for its text box: n×n, or one row of its entries when they do not make a square. */
    static double[][] customMatrixForText(ParameterValues v) {
        try {
            return customMatrix(v);
        } catch (IllegalArgumentException notSquare) {
            return new double[][] {v.get(MATRIX).stream().mapToDouble(Double::doubleValue).toArray()};
        }
    }

    /** A matrix as the section stores it (row-major). */
    static List<Double> flatten(double[][] m) {
        List<Double> flat = new ArrayList<>();
        for (double[] row : m) {
            for (double x : row) {
                flat.add(x);
            }
        }
        return flat;
    }

    /** The grid's settings: the bench's τ and L ladders at the chosen n, samples and threshold. */
    static RandomScoreSettings grid(Scenario s) {
        ParameterValues v = of(s);
        RandomScoreSettings bench = RandomScoreSettings.defaults(s.seed());
        return new RandomScoreSettings(bench.temperatures(), bench.iterations(), new int[] {v.get(GRID_SIZE)},
                v.get(GRID_SAMPLES), v.get(THRESHOLD), s.seed());
    }

    /** The sorting task's settings. */
    static SortingSettings sorting(Scenario s) {
        ParameterValues v = of(s);
        return new SortingSettings(v.get(NUMBERS), v.get(TRAINING), v.get(TEST), v.get(HIDDEN), v.get(LEARNING_RATE),
                v.get(EPOCHS), v.get(SINKHORN_ITERATIONS), v.get(TEMPERATURE), v.get(NOISE_SAMPLES), s.seed());
    }

    /**
     * The heads that race, in {@link HeadKind} order.
     *
     * @throws IllegalArgumentException naming {@code permutation.heads} for an unknown id or an empty list
     */
    static List<HeadKind> heads(Scenario s) {
        List<String> ids = of(s).get(HEADS);
        List<HeadKind> out = new ArrayList<>();
        for (HeadKind h : HeadKind.values()) {
            if (ids.contains(h.id())) {
                out.add(h);
            }
        }
        for (String id : ids) {
            try {
                HeadKind.byId(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NAME + "." + HEADS.name() + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(NAME + "." + HEADS.name() + ": the race needs at least one head");
        }
        return out;
    }

    private static String[] patternIds() {
        OscillatingPattern[] all = OscillatingPattern.values();
        String[] ids = new String[all.length];
        for (int k = 0; k < all.length; k++) {
            ids[k] = patternId(all[k]);
        }
        return ids;
    }

    private static String[] headIds() {
        return java.util.Arrays.stream(HeadKind.values()).map(HeadKind::id).toArray(String[]::new);
    }
}
