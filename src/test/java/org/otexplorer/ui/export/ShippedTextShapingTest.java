package org.otexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text the explorer ships (a string constant of its classes, a sample's JSON, an FXML or CSS file) holds a
 * character JavaFX shapes with Pango ({@code com.sun.javafx.text.ScriptMapper.isComplexCharCode}: combining marks,
 * right-to-left and Indic scripts, …). Pango's shared layout is what two threads raced on and crashed the explorer
 * ({@link UnsharedGlyphLayouts}); Latin, Greek, sub- and superscripts and mathematical symbols take JavaFX's own
 * path, which has no such race. The class files are read, not the sources, so comments do not count and every
 * constant the code can put on screen does.
 */
class ShippedTextShapingTest {
    private static final int CONSTANT_UTF8 = 1;
    private static final int CONSTANT_STRING = 8;

    @Test
    void noStringConstantOfTheApplicationNeedsPango() throws IOException, URISyntaxException {
        Path classes = Path.of(UnsharedGlyphLayouts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "the tests read the compiled classes from " + classes);
        List<String> found = new ArrayList<>();
        int constants = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                for (String constant : stringConstants(file)) {
                    constants++;
                    complexIn(constant).forEach(c -> found.add(classes.relativize(file) + ": \"" + constant + "\""
                            + " has U+" + Integer.toHexString(c).toUpperCase()));
                }
            }
        }
        assertTrue(constants > 1000, "read the string constants of the classes, found only " + constants);
        assertEquals(List.of(), found, "text Pango would shape (type it as its precomposed letter or plain words)");
    }

    @Test
    void noSampleFxmlOrStyleSheetNeedsPango() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : List.of(Path.of("samples"), Path.of("resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files++;
                    complexIn(Files.readString(file, StandardCharsets.UTF_8)).forEach(c -> found.add(file
                            + " has U+" + Integer.toHexString(c).toUpperCase()));
                }
            }
        }
        assertTrue(files > 20, "read the samples and resources, found only " + files + " files");
        assertEquals(List.of(), found, "text Pango would shape");
    }

    @Test
    void theCheckFlagsWhatPangoShapesAndPassesWhatTheExplorerWrites() {
        assertEquals(List.of(0x0302), complexIn("line x\u0302 true").toList(), "a combining circumflex");
        assertEquals(List.of(0x05D0), complexIn("\u05D0").toList(), "Hebrew");
        assertEquals(List.of(), complexIn("ε = 1e-4 × mean C, ‖a‖₂ = 1/√n, λ₂ₙ₋₁ ≤ σ², ŷ, ρ₁ ∈ [0, 0.3]").toList());
    }

    private static Stream<Integer> complexIn(String text) {
        return text.codePoints().filter(com.sun.javafx.text.ScriptMapper::isComplexCharCode).boxed();
    }

    /** The constants of {@code CONSTANT_String} entries of a class file's constant pool (JVMS §4.4). */
    private static List<String> stringConstants(Path classFile) throws IOException {
        try (InputStream bytes = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(bytes)) {
            in.skipNBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case CONSTANT_UTF8 -> utf8[i] = in.readUTF();
                    case CONSTANT_STRING -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.skipNBytes(2); // class, method type, module, package
                    case 15 -> in.skipNBytes(3); // method handle
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // numbers, references, dynamic
                    case 5, 6 -> { // long and double take two entries
                        in.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
            return strings.stream().map(index -> utf8[index]).toList();
        }
    }
}
