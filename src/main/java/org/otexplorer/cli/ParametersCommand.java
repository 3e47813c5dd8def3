package org.otexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.otexplorer.engine.Solver;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.regression.Optimizer;
import org.otexplorer.regression.Optimizers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code otx parameters}: every declared parameter of every solver and optimizer, from the declarations themselves
 * (the README's two parameter tables are this command's {@code --markdown} output, and a test keeps them equal).
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
            out.println();
            out.print(optimizerTable());
        } else {
            for (String id : SolverFactory.methodIds()) {
                Solver solver = SolverFactory.create(id);
                out.println(id + ": " + solver.description());
                for (Parameter<?> p : solver.parameters()) {
                    out.printf("  %-34s %-8s default %-16s %s%n", String.join(" ", DeclaredOptions.names(p)), p.type(), defaultText(p),
                            p.rangeText());
                }
            }
            for (String id : Optimizers.ids()) {
                Optimizer optimizer = Optimizers.create(id);
                out.println(id + " (optimizer): " + optimizer.description());
                for (Parameter<?> p : optimizer.parameters()) {
                    out.printf("  %-22s %-8s default %-16s %s%n", p.name(), p.type(), defaultText(p), p.rangeText());
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
            md.append("| `").append(p.name()).append("` | `").append(String.join("` `", DeclaredOptions.names(p))).append("` | ").append(methods)
                    .append(" | ").append(row(p)).append('\n');
        }
        return md.toString();
    }

    /**
     * The optimizer parameters as a Markdown table: one row per declaration (a name whose default differs between
     * methods has a row per default), with the methods that read it.
     */
    static String optimizerTable() {
        StringBuilder md = new StringBuilder("| parameter | methods | type | default | allowed | scale | meaning |\n"
                + "|---|---|---|---|---|---|---|\n");
        Map<Parameter<?>, List<String>> rows = new LinkedHashMap<>();
        for (String id : Optimizers.ids()) {
            for (Parameter<?> p : Optimizers.create(id).parameters()) {
                Parameter<?> same = rows.keySet().stream().filter(q -> q.sameAs(p)).findFirst().orElse(p);
                rows.computeIfAbsent(same, k -> new ArrayList<>()).add("`" + id + "`");
            }
        }
        rows.forEach((p, methods) -> md.append("| `").append(p.name()).append("` | ")
                .append(String.join(", ", methods)).append(" | ").append(row(p)).append('\n'));
        return md.toString();
    }

    private static String row(Parameter<?> p) {
        return p.type() + " | " + defaultText(p) + " | " + p.rangeText() + " | "
                + p.scale().name().toLowerCase(Locale.ROOT) + " | " + p.description().replace("|", "\\|") + " |";
    }

    private static String defaultText(Parameter<?> p) {
        Object v = p.defaultValue();
        return v instanceof Double d ? Parameter.format(d) : String.valueOf(v);
    }
}
