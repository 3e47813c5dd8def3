package org.otexplorer.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation "math.md §X" in the sources, the tests and the README names a section that
 * {@code src/docs/math.md} has as a heading ({@code ## 2. …}, {@code ### 2.1 …}), every § reference inside
 * math.md does too, and nothing under {@code src/} or in the README points outside the repository to the
 * shared folder one level up.
 */
class MathCitationsTest {
    private static final Path MATH = Path.of("src/docs/math.md");
    private static final List<Path> CITING = List.of(Path.of("src/main/java"), Path.of("src/test/java"),
            Path.of("README.md"));
    /** "math.md" (optionally followed by a backtick) and a list of sections: §3–§7 and §10, §4, §5.4, §11.2; §11.3. */
    private static final Pattern CITATION = Pattern.compile(
            "math\\.md`?\\s*(§\\d+(?:\\.\\d+)*(?:\\s*(?:,|;|–|-|and)\\s*§\\d+(?:\\.\\d+)*)*)");
    private static final Pattern SECTION = Pattern.compile("§(\\d+(?:\\.\\d+)*)");
    private static final Pattern RANGE = Pattern.compile("§(\\d+)\\s*[–-]\\s*§(\\d+)(?!\\.\\d)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{2,4}\\s+(\\d+(?:\\.\\d+)*)\\.?\\s+\\S");
    /** The shared folder next to the repository, written so that this file does not contain it. */
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared");

    @Test
    void everyCitedSectionIsAHeadingOfMathMd() {
        Set<String> headings = headings(read(MATH));
        List<String> missing = new ArrayList<>();
        int citations = 0;
        for (Path file : sourceFiles()) {
            String text = read(file);
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                citations++;
                for (String section : sections(m.group(1))) {
                    if (!headings.contains(section)) {
                        missing.add(file + ":" + lineOf(text, m.start()) + " cites math.md §" + section);
                    }
                }
            }
        }
        assertTrue(citations > 50, "the scan found only " + citations + " citations of math.md; is the working "
                + "directory the project root?");
        assertEquals(List.of(), missing, "citations of sections math.md does not have");
    }

    @Test
    void everySectionReferenceInsideMathMdIsAHeading() {
        String text = read(MATH);
        Set<String> headings = headings(text);
        List<String> missing = new ArrayList<>();
        Matcher m = SECTION.matcher(text);
        while (m.find()) {
            if (!headings.contains(m.group(1))) {
                missing.add("line " + lineOf(text, m.start()) + ": §" + m.group(1));
            }
        }
        assertEquals(List.of(), missing, "math.md refers to sections it does not have");
    }

    @Test
    void headingsAreUniqueAndKeepTheNumbersTheCodeCites() {
        String text = read(MATH);
        List<String> all = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            all.add(m.group(1));
        }
        Set<String> unique = new LinkedHashSet<>(all);
        assertEquals(all.size(), unique.size(), "duplicate section numbers in " + all);
        for (int section = 0; section <= 16; section++) {
            assertTrue(unique.contains(String.valueOf(section)), "math.md has no section " + section);
        }
    }

    @Test
    void nothingPointsToTheSharedFolderOutsideTheRepository() {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            files.filter(Files::isRegularFile).forEach(file -> collectOutsideReferences(file, offending));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collectOutsideReferences(Path.of("README.md"), offending);
        assertEquals(List.of(), offending, "references to files outside the repository");
    }

    /** The extraction itself, on citations written the ways the sources write them. */
    @Test
    void citationListsAndRangesAreReadSectionBySection() {
        assertEquals(Set.of("3", "4", "5", "6", "7", "10"), citedIn("(see `math.md` §3–§7 and §10, its conventions)"));
        assertEquals(Set.of("4", "5.4", "10"), citedIn("math.md §4, §5.4, §10): the spectrum"));
        assertEquals(Set.of("11.2", "11.3"), citedIn("math.md §11.2; §11.3 recommends"));
        assertEquals(Set.of("6.2"), citedIn("math.md §6.2, {@link RobotHypergradient#x}"));
        assertEquals(Set.of("2.1"), citedIn("(math.md §2.1)."));
        assertEquals(Set.of("13"), citedIn("math.md §13, extra check"));
        assertEquals(Set.of(), citedIn("τ = 1e-10 (math.md), traces"));
        assertEquals(Set.of("1", "2.4"), headings("## 1. Objectives\n### 2.4 Sinkhorn–Newton\n#### not a section\n"));
    }

    private static Set<String> citedIn(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            out.addAll(sections(m.group(1)));
        }
        return out;
    }

    /** The sections of one citation list; a range of whole sections (§3–§7) stands for each of them. */
    private static Set<String> sections(String list) {
        Set<String> out = new TreeSet<>();
        Matcher s = SECTION.matcher(list);
        while (s.find()) {
            out.add(s.group(1));
        }
        Matcher r = RANGE.matcher(list);
        while (r.find()) {
            for (int k = Integer.parseInt(r.group(1)); k <= Integer.parseInt(r.group(2)); k++) {
                out.add(String.valueOf(k));
            }
        }
        return out;
    }

    private static Set<String> headings(String markdown) {
        Set<String> out = new TreeSet<>();
        Matcher m = HEADING.matcher(markdown);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<Path> sourceFiles() {
        List<Path> out = new ArrayList<>();
        for (Path root : CITING) {
            assertTrue(Files.exists(root), root + " not found: run the tests from the project root");
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".java") || p.toString().endsWith(".md")))
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static void collectOutsideReferences(Path file, List<String> offending) {
        String text = new String(readBytes(file), StandardCharsets.ISO_8859_1);
        Matcher m = OUTSIDE.matcher(text);
        while (m.find()) {
            offending.add(file + ":" + lineOf(text, m.start()));
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String read(Path file) {
        return new String(readBytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
