package org.otexplorer.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;
import org.otexplorer.engine.SolverFactory;
import org.otexplorer.engine.TransportProblem;
import org.otexplorer.engine.TransportResult;
import org.otexplorer.io.EngineSpec;
import org.otexplorer.io.Scenario;
import org.otexplorer.io.ScenarioFiles;

/**
 * What the sample claim tests share (issue 12 item 3): a sample by name, its problem on another seed, a solve, and
 * the rule that a claim must hold on at least three of four other seeds.
 */
public final class SampleClaims {
    private static final long[] OTHER_SEEDS = {11, 12, 13, 14};

    private SampleClaims() {
    }

    /** The sample {@code samples/<name>.json}. */
    public static Scenario sample(String name) {
        return ScenarioFiles.load(Path.of("samples", name + ".json"));
    }

    /** The sample's point clouds on another seed as a transport problem. */
    public static TransportProblem problem(Scenario s, long seed) {
        DemoPointClouds.Clouds c = DemoPointClouds.create(s.data(), seed, Path.of("samples"));
        return TransportProblem.fromPoints(c.source(), c.target());
    }

    /** Solves with an engine section's method and settings. */
    public static TransportResult solve(TransportProblem p, EngineSpec engine) {
        return SolverFactory.create(engine.method()).solve(p, engine.toSettings(p));
    }

    /** Asserts a claim holds on at least three of the four other seeds. */
    public static void holdsOnMostSeeds(String claim, LongPredicate holds) {
        long passed = LongStream.of(OTHER_SEEDS).filter(holds).count();
        assertTrue(passed >= 3, claim + ": held on " + passed + " of " + OTHER_SEEDS.length + " seeds");
    }
}
