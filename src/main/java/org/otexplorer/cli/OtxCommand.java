package org.otexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code otx} command line (DESIGN.md contract). Bad input of any kind ends with exit code 2 and
 * exactly one line on stderr naming the problem; no stack traces.
 */
@Command(name = "otx", mixinStandardHelpOptions = true, version = "otx 0.1.0",
        description = "Optimal transport and regression without correspondence, headless.",
        subcommands = {SolveCommand.class, DerivativesCommand.class, FitCommand.class, ExportCommand.class,
            BenchCommand.class, ParametersCommand.class, GuiCommand.class})
public final class OtxCommand implements Runnable {
    /** Exit code for bad input (DESIGN.md). */
    public static final int EXIT_BAD_INPUT = 2;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "missing command; see otx --help");
    }

    /** Runs {@code otx} with the given arguments and returns the exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs {@code otx} writing to the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new OtxCommand());
        DeclaredOptions.install(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("otx: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("otx: " + oneLine(ex));
            return isBadInput(ex) ? EXIT_BAD_INPUT : 1;
        });
        return cl.execute(args);
    }

    private static boolean isBadInput(Exception ex) {
        return ex instanceof IllegalArgumentException || ex instanceof IOException
                || ex instanceof UncheckedIOException;
    }

    private static String oneLine(Exception ex) {
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = ex.getClass().getSimpleName();
        }
        return msg.replace('\n', ' ').replace('\r', ' ');
    }
}
