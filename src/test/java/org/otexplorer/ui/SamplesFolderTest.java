package org.otexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** File → Open starts in the project's samples for a scenario that has no file yet (issue 12 item 14). */
class SamplesFolderTest {
    @Test
    void theOpenDialogStartsInTheSamplesFolder() {
        assertEquals(Path.of("samples").toAbsolutePath(), ScenarioFileActions.samplesFolder().orElseThrow());
    }
}
