package org.otexplorer.engine;

/** The id and kind every solver reports, held once (package-private base of the solvers). */
abstract class NamedSolver implements Solver {
    private final String id;
    private final boolean entropic;

    NamedSolver(String id, boolean entropic) {
        this.id = id;
        this.entropic = entropic;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final boolean isEntropic() {
        return entropic;
    }
}
