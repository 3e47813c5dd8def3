package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's parameter table is what the declarations say (regenerate it with otx parameters --markdown). */
class ParameterTableTest {
    private static final String BEGIN = "<!-- parameters:begin -->\n";
    private static final String END = "<!-- parameters:end -->";

    @Test
    void theReadmeTableIsGeneratedFromTheDeclarations() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf(BEGIN);
        int to = readme.indexOf(END);
        assertTrue(from >= 0 && to > from, "README.md marks its parameter table");
        assertEquals(ParametersCommand.markdownTable(), readme.substring(from + BEGIN.length(), to),
                "README's parameter table is out of date: paste the output of `otx parameters --markdown`");
    }

    @Test
    void theCommandPrintsTheTable() {
        OtxRun run = OtxRun.of("parameters", "--markdown");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(ParametersCommand.markdownTable(), run.out());
    }
}
