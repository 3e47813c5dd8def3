package org.otexplorer.engine;

import java.util.List;
import org.otexplorer.parameters.Parameter;

/** The id, kind, description and parameter list every solver reports, held once (package-private base). */
abstract class NamedSolver implements Solver {
    private final String id;
    private final boolean entropic;
    private final String description;
    private final List<Parameter<?>> parameters;

    NamedSolver(String id, boolean entropic, String description, List<Parameter<?>> parameters) {
        this.id = id;
        this.entropic = entropic;
        this.description = description;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final boolean isEntropic() {
        return entropic;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<Parameter<?>> parameters() {
        return parameters;
    }
}
