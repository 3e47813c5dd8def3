package org.otexplorer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code otx bench}: prints benchmark tables (figures only; nothing is asserted about them). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print the benchmark table: Sinkhorn time per iteration, exact and assignment solve times; "
                + "or, with --derivatives, --regression, --ipot or --permutation, that study.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Small sizes, a few seconds in all.")
    boolean quick;

    @Option(names = "--derivatives", description = "The derivatives study instead: Hessian accuracy, time and memory, "
            + "unit-circle spectrum (minutes at full size).")
    boolean derivatives;

    @Option(names = "--hessian", description = "Only the engine benchmark's analytic-Hessian table (N = 400 in fresh "
            + "JVMs and in this one; about a minute).")
    boolean hessian;

    @Option(names = "--regression", description = "The regression study instead: ROBOT vs AM vs LS, SGD-then-Newton "
            + "vs GD (minutes at full size).")
    boolean regression;

    @Option(names = "--ipot", description = "The IPOT study instead: convergence race, time to 1e-4 precision against n, "
            + "glyph barycenter and colour transfer timings (many minutes at full size; progress on stderr).")
    boolean ipot;

    @Option(names = "--permutation", description = "The permutation-learning study instead: Fig. 1/2 patterns, "
            + "Appendix D, the random-score grid, Table 5 with four heads (minutes; progress on stderr).")
    boolean permutation;

    @Option(names = "--paper-size", description = "With --regression: only sections (1) and (3), at the paper's "
            + "n = 1000 (most of an hour on two cores; progress on stderr). With --permutation: adds Table 5's "
            + "N = 80 ... 400 (hours).")
    boolean paperSize;

    @Override
    public Integer call() {
        if (ipot) {
            new IpotStudy(spec.commandLine().getOut(), spec.commandLine().getErr(), quick).run();
        } else if (permutation) {
            PermutationStudy.Size size = quick ? PermutationStudy.Size.QUICK
                    : paperSize ? PermutationStudy.Size.PAPER : PermutationStudy.Size.DEFAULT;
            new PermutationStudy(spec.commandLine().getOut(), spec.commandLine().getErr(), size).run();
        } else if (regression) {
            RegressionStudy.Size size = quick ? RegressionStudy.Size.QUICK
                    : paperSize ? RegressionStudy.Size.PAPER : RegressionStudy.Size.DEFAULT;
            new RegressionStudy(spec.commandLine().getOut(), spec.commandLine().getErr(), size).run();
        } else if (hessian) {
            new EngineBenchmark(spec.commandLine().getOut(), quick).runHessian();
        } else if (derivatives) {
            new DerivativesStudy(spec.commandLine().getOut(), quick).run();
        } else {
            new EngineBenchmark(spec.commandLine().getOut(), quick).run();
        }
        return 0;
    }
}
