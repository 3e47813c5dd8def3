package org.otexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files are written whole or not at all (issue 13 part 3). */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path file = dir.resolve("plan.csv");
        CsvFiles.writeMatrix(file, new String[] {"x"}, new double[][] {{1}, {2}});
        String before = Files.readString(file);
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("the disk filled up");
        }));
        assertEquals(before, Files.readString(file), "the old content stays");
        assertEquals(List.of(file), listing(), "no temporary file is left behind");
    }

    @Test
    void aFolderInTheWayIsNamedAndNothingChanges() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("figure.png"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> AtomicFiles.write(folder, out -> out.write(1)));
        assertEquals("cannot write " + folder + ": it is a folder", e.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(folder), listing());
    }

    @Test
    void jsonCsvAndScenarioFilesAreWrittenThroughIt() throws IOException {
        Path json = dir.resolve("sub/result.json");
        Json.write(java.util.Map.of("a", 1), json, null);
        assertEquals(1, Json.mapper().readTree(json.toFile()).get("a").asInt());
        Path scenario = dir.resolve("s.json");
        ScenarioFiles.save(ScenarioFiles.parse("{\"schema\": 1}"), scenario);
        assertEquals(ScenarioFiles.parse("{\"schema\": 1}"), ScenarioFiles.load(scenario));
        assertEquals(List.of(scenario, dir.resolve("sub")), listing());
    }

    private List<Path> listing() throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** A written file is as readable as any new file there, not owner-only; a replaced one keeps its mode. */
    @Test
    void filesGetTheFolderDefaultPermissionsAndReplacedOnesKeepTheirs() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(
                java.nio.file.attribute.PosixFileAttributeView.class), "a POSIX file system");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x"); // how any new file comes out here
        Path written = dir.resolve("written.txt");
        AtomicFiles.write(written, out -> out.write('x'));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));

        var groupOnly = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(written, groupOnly);
        AtomicFiles.write(written, out -> out.write('y'));
        assertEquals(groupOnly, Files.getPosixFilePermissions(written));
        assertEquals("y", Files.readString(written));
    }
}
