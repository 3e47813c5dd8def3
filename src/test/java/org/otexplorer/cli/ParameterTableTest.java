package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's parameter table is what the declarations say (regenerate it with otx parameters --markdown). */
class ParameterTableTest {
    @Test
    void theReadmeTablesAreGeneratedFromTheDeclarations() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertEquals(ParametersCommand.markdownTable(), between(readme, "parameters"),
                "README's solver parameter table is out of date: paste the output of `otx parameters --markdown`");
        assertEquals(ParametersCommand.optimizerTable(), between(readme, "optimizer-parameters"),
                "README's optimizer parameter table is out of date: paste the output of `otx parameters --markdown`");
    }

    @Test
    void theCommandPrintsBothTables() {
        OtxRun run = OtxRun.of("parameters", "--markdown");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(ParametersCommand.markdownTable() + "\n" + ParametersCommand.optimizerTable(), run.out());
    }

    private static String between(String readme, String name) {
        String begin = "<!-- " + name + ":begin -->\n";
        int from = readme.indexOf(begin);
        int to = readme.indexOf("<!-- " + name + ":end -->");
        assertTrue(from >= 0 && to > from, "README.md marks its " + name + " table");
        return readme.substring(from + begin.length(), to);
    }
}
