package org.otexplorer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code otx bench}: prints benchmark tables (figures only; nothing is asserted about them). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print the benchmark table: Sinkhorn time per iteration, exact and assignment solve times.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Small sizes, a few seconds in all.")
    boolean quick;

    @Override
    public Integer call() {
        new EngineBenchmark(spec.commandLine().getOut(), quick).run();
        return 0;
    }
}
