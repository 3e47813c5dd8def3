package org.otexplorer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.parameters.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code otx parameters}: every declared parameter of every method, from the declarations themselves (the
 * README's parameter table is this command's {@code --markdown} output, and a test keeps the two equal).
 */
@Command(name = "parameters", mixinStandardHelpOptions = true,
        description = "List every method's parameters: name, type, default, range, scale and meaning.")
public final class ParametersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "As the Markdown table of the README.")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(markdownTable());
        } else {
            for (String id : SolverFactory.methodIds()) {
                Solver solver = SolverFactory.create(id);
                out.println(id + ": " + solver.description());
                for (Parameter<?> p : solver.parameters()) {
                    out.printf("  %-18s %-8s default %-16s %s%n", p.option(), p.type(), defaultText(p),
                            p.rangeText());
                }
            }
        }
        out.flush();
        return 0;
    }

    /** The solver parameters as a Markdown table: one row per parameter, with the methods that read it. */
    static String markdownTable() {
        StringBuilder md = new StringBuilder("| parameter | option | methods | type | default | allowed | scale | "
                + "meaning |\n|---|---|---|---|---|---|---|---|\n");
        for (Parameter<?> p : SolverFactory.allParameters()) {
            String methods = SolverFactory.methodIds().stream()
                    .filter(id -> SolverFactory.create(id).parameters().contains(p))
                    .map(id -> "`" + id + "`").collect(Collectors.joining(", "));
            md.append("| `").append(p.name()).append("` | `").append(p.option()).append("` | ").append(methods)
                    .append(" | ").append(p.type()).append(" | ").append(defaultText(p)).append(" | ")
                    .append(p.rangeText()).append(" | ").append(p.scale().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(p.description().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    private static String defaultText(Parameter<?> p) {
        Object v = p.defaultValue();
        return v instanceof Double d ? Parameter.format(d) : String.valueOf(v);
    }
}
