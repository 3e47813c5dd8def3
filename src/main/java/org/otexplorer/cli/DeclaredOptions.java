package org.otexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import org.otexplorer.engine.Epsilon;
import org.otexplorer.parameters.Parameter;
import org.otexplorer.parameters.ParameterType;
import org.otexplorer.parameters.ParameterValues;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code otx} options made from parameter declarations, so that a solver's parameters need no code in the CLI:
 * each declared parameter becomes an option named {@link Parameter#option()} with its description, default and
 * range in the help; an ε becomes {@code --epsilon E} (absolute) with {@code --relative-epsilon} (× mean C); a flag
 * that is on by default becomes {@code --no-…}. A command asks for them by implementing {@link Declaring};
 * {@link #install} adds them before parsing and {@link #read} turns what the user gave into checked values.
 */
final class DeclaredOptions {
    /** A command whose options come (partly) from declarations. */
    interface Declaring {
        /** The declared parameters to offer as options, with the help line saying where each applies. */
        List<Declared> declaredOptions();
    }

    /**
     * One declared option.
     *
     * @param parameter the declaration
     * @param appliesTo where it applies, for the help text ("sinkhorn, robust"), or empty
     */
    record Declared(Parameter<?> parameter, String appliesTo) {
    }

    private DeclaredOptions() {
    }

    /** Adds the declared options of every command that asks for them. */
    static void install(CommandLine root) {
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub.getCommand() instanceof Declaring declaring) {
                for (Declared d : declaring.declaredOptions()) {
                    addTo(sub.getCommandSpec(), d);
                }
            }
        }
    }

    private static void addTo(CommandSpec spec, Declared d) {
        Parameter<?> p = d.parameter();
        String where = d.appliesTo().isEmpty() ? "" : " (" + d.appliesTo() + ")";
        String range = p.rangeText().isEmpty() ? "" : " Allowed: " + p.rangeText() + unit(p) + ".";
        if (p.type() == Epsilon.TYPE) {
            Epsilon def = (Epsilon) p.defaultValue();
            spec.addOption(OptionSpec.builder(p.option()).type(Double.class).paramLabel("E")
                    .description(p.description() + where + " Absolute unless " + relativeOption(p) + ". Default: "
                            + def + "." + range).build());
            spec.addOption(OptionSpec.builder(relativeOption(p)).arity("0").type(Boolean.class)
                    .description("Multiply " + p.option() + " by mean(C).").build());
        } else if (p.type() == ParameterType.FLAG) {
            boolean on = (Boolean) p.defaultValue();
            spec.addOption(OptionSpec.builder(flagOption(p)).arity("0").type(Boolean.class)
                    .description((on ? "Turn off (on by default): " + Character.toLowerCase(p.description().charAt(0))
                            + p.description().substring(1) : p.description()) + where).build());
        } else {
            spec.addOption(OptionSpec.builder(p.option()).type(p.type().javaType()).paramLabel(label(p))
                    .description(p.description() + where + " Default: " + text(p.defaultValue()) + "." + range)
                    .build());
        }
    }

    /**
     * The values the user gave for {@code offered} (options not given stay unset: their defaults apply).
     *
     * @param accepted the parameters the chosen method reads; an option of another is rejected, naming it
     * @param method   the method, for the message
     * @throws IllegalArgumentException naming the option for a value out of range, or an option the method
     *                                  does not read
     */
    static ParameterValues read(CommandSpec spec, List<Parameter<?>> offered, List<Parameter<?>> accepted,
                                String method) {
        ParseResult parsed = spec.commandLine().getParseResult();
        ParameterValues values = ParameterValues.empty();
        for (Parameter<?> p : offered) {
            List<String> names = names(p);
            String given = names.stream().filter(parsed::hasMatchedOption).findFirst().orElse(null);
            if (given == null) {
                continue;
            }
            if (!accepted.contains(p)) {
                throw new IllegalArgumentException(given + " is not a parameter of " + method + "; " + method
                        + " takes " + (accepted.isEmpty() ? "no parameters" : String.join(", ", optionNames(accepted))));
            }
            values = values.withChecked(given, p, value(parsed, p, given));
        }
        return values;
    }

    private static Object value(ParseResult parsed, Parameter<?> p, String given) {
        if (p.type() == Epsilon.TYPE) {
            if (!parsed.hasMatchedOption(p.option())) {
                throw new IllegalArgumentException(relativeOption(p) + " needs " + p.option());
            }
            double v = parsed.matchedOptionValue(p.option(), Double.NaN);
            try {
                return parsed.hasMatchedOption(relativeOption(p)) ? Epsilon.relativeToMean(v) : Epsilon.absolute(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(p.option() + ": " + e.getMessage(), e);
            }
        }
        if (p.type() == ParameterType.FLAG) {
            return !(Boolean) p.defaultValue();
        }
        return parsed.matchedOptionValue(given, null);
    }

    /** The option names of {@code p} as {@code otx} accepts them ({@code --no-newton} for a flag on by default). */
    static List<String> names(Parameter<?> p) {
        if (p.type() == Epsilon.TYPE) {
            return List.of(p.option(), relativeOption(p));
        }
        return List.of(p.type() == ParameterType.FLAG ? flagOption(p) : p.option());
    }

    private static List<String> optionNames(List<Parameter<?>> params) {
        List<String> out = new ArrayList<>();
        for (Parameter<?> p : params) {
            out.addAll(names(p));
        }
        return out;
    }

    private static String relativeOption(Parameter<?> p) {
        return "--relative-" + p.option().substring(2);
    }

    private static String flagOption(Parameter<?> p) {
        return (Boolean) p.defaultValue() ? "--no-" + p.option().substring(2) : p.option();
    }

    private static String label(Parameter<?> p) {
        return p.type() == ParameterType.INTEGER ? "N" : p.type().choices().isEmpty() ? "X"
                : String.join("|", p.type().choices());
    }

    private static String unit(Parameter<?> p) {
        return p.unit().isEmpty() ? "" : " " + p.unit();
    }

    private static String text(Object v) {
        return v instanceof Double d ? Parameter.format(d) : String.valueOf(v);
    }
}
