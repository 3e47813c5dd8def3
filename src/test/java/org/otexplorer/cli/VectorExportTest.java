package org.otexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code otx export} to SVG and PDF: the figure is made of vector primitives (text for every axis name and tick
 * label, a shape per marker and per matching line, one image per heatmap at the data's resolution and no other
 * raster), and the command's bad-output cases end with exit 2 and one line.
 */
class VectorExportTest {
    @TempDir
    Path dir;

    private Path scenario() throws Exception {
        Path f = dir.resolve("blur.json");
        Files.writeString(f, "{\"schema\": 1, \"seed\": 3, \"data\": {\"generator\": \"gaussian-blobs\", \"n\": 30},"
                + " \"engine\": {\"method\": \"sinkhorn\", \"epsilon\": 0.05, \"relativeEpsilon\": true}}");
        return f;
    }

    private OtxRun export(Path scenario, String view, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("export", "--scenario", scenario.toString(), "--view", view,
                "--out", out.toString(), "--width", "600", "--height", "400"));
        args.addAll(List.of(more));
        return OtxRun.of(args.toArray(String[]::new));
    }

    @Test
    void theScatterFigureAsSvgHasTextAxesAShapePerMarkerAndALinePerVisiblePlanEntryAndNoImage() throws Exception {
        Path scenario = scenario();
        OtxRun run = export(scenario, "data", dir.resolve("data.svg"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, export(scenario, "plan", dir.resolve("plan.png")).exitCode());
        Document svg = parse(dir.resolve("data.svg"));
        List<String> texts = texts(svg);
        assertTrue(texts.contains("coordinate 1") && texts.contains("coordinate 2"), texts.toString());
        long tickLabels = texts.stream().filter(VectorExportTest::isNumber).count();
        assertTrue(tickLabels >= 8, "tick labels as text: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("matching lines")), "legend text: " + texts);
        assertEquals(0, svg.getElementsByTagName("image").getLength(), "no raster in the scatter figure");

        // An independent count from the plan's CSV: every entry at least 1/255 of the largest is a line.
        List<String> rows = Files.readAllLines(dir.resolve("plan.csv"));
        double max = 0;
        List<Double> entries = new ArrayList<>();
        for (String row : rows) {
            for (String v : row.split(",")) {
                entries.add(Double.parseDouble(v));
                max = Math.max(max, Double.parseDouble(v));
            }
        }
        double top = max;
        long visible = entries.stream().filter(p -> p >= top / 255).count();
        int points = rows.size() + rows.get(0).split(",").length;
        assertTrue(svg.getElementsByTagName("line").getLength() >= visible,
                svg.getElementsByTagName("line").getLength() + " lines for " + visible + " visible entries");
        int markers = svg.getElementsByTagName("circle").getLength() + svg.getElementsByTagName("ellipse").getLength()
                + svg.getElementsByTagName("rect").getLength();
        assertTrue(markers >= 2 * points, markers + " marker shapes for " + points + " points (fill and outline)");
    }

    @Test
    void theScatterFigureAsSvgAndPdfNamesTheScenariosCoordinatesOnItsAxes() throws Exception {
        Path scenario = dir.resolve("three.json");
        Files.writeString(scenario, "{\"schema\": 1, \"seed\": 3, \"data\": {\"generator\": \"gaussian-blobs\","
                + " \"n\": 30, \"d\": 3}, \"view\": {\"xCoordinate\": 2, \"yCoordinate\": 3}}");
        OtxRun run = export(scenario, "data", dir.resolve("data.svg"));
        assertEquals(0, run.exitCode(), run.err());
        List<String> texts = texts(parse(dir.resolve("data.svg")));
        assertTrue(texts.contains("coordinate 2") && texts.contains("coordinate 3"), texts.toString());
        assertTrue(!texts.contains("coordinate 1"), "coordinate 1 is not drawn: " + texts);
        assertEquals(0, export(scenario, "data", dir.resolve("data.pdf")).exitCode());
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("data.pdf").toFile())) {
            // The vertical axis' title is turned: the text comes out a few letters per line.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertTrue(text.contains("coordinate2") && text.contains("coordinate3")
                    && !text.contains("coordinate1"), text);
        }
    }

    @Test
    void thePlanAsSvgEmbedsOneImageWithAUniformBlockPerEntryAndLabelsItsAxesAsText() throws Exception {
        OtxRun run = export(scenario(), "plan", dir.resolve("plan.svg"));
        assertEquals(0, run.exitCode(), run.err());
        Document svg = parse(dir.resolve("plan.svg"));
        NodeList images = svg.getElementsByTagName("image");
        assertEquals(1, images.getLength(), "one image: the heatmap");
        String href = ((Element) images.item(0)).getAttribute("xlink:href");
        assertTrue(href.startsWith("data:image/png;base64,"), href.substring(0, Math.min(40, href.length())));
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(java.util.Base64.getMimeDecoder()
                .decode(href.substring(href.indexOf(',') + 1))));
        List<String> rows = Files.readAllLines(dir.resolve("plan.csv"));
        int columns = rows.get(0).split(",").length;
        int block = image.getWidth() / columns;
        assertTrue(block >= 1 && image.getWidth() == block * columns && image.getHeight() == block * rows.size(),
                image.getWidth() + " x " + image.getHeight() + " for " + rows.size() + " x " + columns + " entries");
        Set<Integer> cellColours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int cell = image.getRGB(x - x % block, y - y % block);
                assertEquals(cell, image.getRGB(x, y), "one colour per entry's block, at " + x + ", " + y);
                cellColours.add(cell);
            }
        }
        assertTrue(cellColours.size() > 10, cellColours.size() + " colours");
        List<String> texts = texts(svg);
        assertTrue(texts.contains("target j") && texts.contains("source i"), texts.toString());
    }

    /**
     * Side by side the plan figure is what the panel shows: the strips' key once, panes A, B and A − B, each with its
     * heatmap, and no title cut to an ellipsis.
     */
    @Test
    void theSideBySidePlanExportsPaneAPaneBAndTheDifferenceAndTheirEntries() throws Exception {
        Path scenario = Path.of("samples/side-by-side-balanced-vs-robust.json");
        OtxRun png = export(scenario, "plan", dir.resolve("split.png"));
        assertEquals(0, png.exitCode(), png.err());
        BufferedImage image = ImageIO.read(dir.resolve("split.png").toFile());
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        List<String> rows = Files.readAllLines(dir.resolve("split.csv"));
        assertEquals("i,j,P_A,P_B,P_A_minus_P_B", rows.get(0));
        assertEquals(50 * 50 + 1, rows.size(), "one row per entry of the 50 x 50 plans");
        String[] first = rows.get(1).split(",");
        assertEquals(Double.parseDouble(first[2]) - Double.parseDouble(first[3]), Double.parseDouble(first[4]), 1e-15);

        OtxRun svgRun = export(scenario, "plan", dir.resolve("split.svg"));
        assertEquals(0, svgRun.exitCode(), svgRun.err());
        Document svg = parse(dir.resolve("split.svg"));
        assertEquals(3, svg.getElementsByTagName("image").getLength(), "a heatmap in each of the three panes");
        List<String> texts = texts(svg);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("A: sinkhorn-log")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("B: robust")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("A − B")) && texts.contains("P (A and B)"),
                texts.toString());
        assertEquals(1, texts.stream().filter(t -> t.startsWith("strips 0 – ")).count(),
                "one key of the strips for the three panes: " + texts);
        // 600 px wide, pane A's title was cut to "A: sinkhorn-log, ε = 0.0500·m…": it says less instead
        assertTrue(texts.stream().noneMatch(t -> t.endsWith("…") || t.endsWith("...")), texts.toString());
    }

    /** Nothing falls back to a picture: the only images in each transport figure are its heatmaps. */
    @Test
    void theOnlyImagesOfEveryTransportFigureAreItsHeatmaps() throws Exception {
        Path landscape = Path.of("samples/two-parameter-landscape-robot-vs-am.json");
        record Case(String view, Path scenario, int heatmaps) {
        }
        for (Case c : List.of(new Case("data", scenario(), 0), new Case("plan", scenario(), 1),
                new Case("spectrum", scenario(), 0), new Case("trace", landscape, 1))) {
            Path svg = dir.resolve(c.view() + "-images.svg");
            OtxRun run = export(c.scenario(), c.view(), svg);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(c.heatmaps(), parse(svg).getElementsByTagName("image").getLength(), c.view());
            assertTrue(texts(parse(svg)).size() > 10, c.view() + " has its labels as text");
        }
    }

    @Test
    void aPdfHasOnePageOfTheFigureSizeWithItsTextAndTheTitle() throws Exception {
        OtxRun run = export(scenario(), "spectrum", dir.resolve("spectrum.pdf"), "--scale", "2", "--title",
                "Spectrum of H");
        assertEquals(0, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(dir.resolve("spectrum.pdf"));
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(1200, pdf.getPage(0).getMediaBox().getWidth(), 0.5, "600 points at scale 2");
            assertEquals(800, pdf.getPage(0).getMediaBox().getHeight(), 0.5);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Spectrum of H"), text);
            assertTrue(text.contains("index k") && text.contains("eigenvalue"), text);
        }
    }

    @Test
    void markersAndLinesGrowWithTheScaleAsTheTextDoes() throws Exception {
        Path scenario = scenario();
        double[] radius = new double[2];
        for (int s = 1; s <= 2; s++) {
            Path svg = dir.resolve("spectrum" + s + ".svg");
            assertEquals(0, export(scenario, "spectrum", svg, "--scale", String.valueOf(s)).exitCode());
            NodeList circles = parse(svg).getElementsByTagName("circle");
            assertTrue(circles.getLength() > 50, "a circle per eigenvalue");
            radius[s - 1] = Double.parseDouble(((Element) circles.item(0)).getAttribute("r"));
        }
        assertEquals(2 * radius[0], radius[1], 1e-6, "the eigenvalues' markers at scale 2 are twice as large");
    }

    @Test
    void badOutputsExitWithTwoAndOneLineNamingTheLimit() throws Exception {
        Path scenario = scenario();
        Path folder = Files.createDirectories(dir.resolve("figures"));
        OtxRun run = OtxRun.of("export", "--scenario", scenario.toString(), "--view", "plan", "--out",
                folder.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("otx: --out " + folder + " is a folder; give the figure's file name, e.g. "
                + folder.resolve("figure.png")), List.of(run.errLines()));
        run = OtxRun.of("export", "--scenario", scenario.toString(), "--view", "plan", "--out",
                dir.resolve("huge.png").toString(), "--width", "100000", "--height", "100000");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("8000"), run.err());
        run = OtxRun.of("export", "--scenario", scenario.toString(), "--view", "plan", "--out",
                dir.resolve("wide.png").toString(), "--width", "5000", "--scale", "4");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("16384"), run.err());
        run = export(scenario, "plan", dir.resolve("p.gif"), "--format", "gif");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("otx: --format must be png, svg or pdf"), run.err());
        assertTrue(!Files.exists(dir.resolve("huge.png")) && !Files.exists(dir.resolve("wide.png")),
                "nothing written");
    }

    /** In a fresh JVM, as a user runs it: a successful export prints nothing on stderr (no JavaFX, CSS, PDFBox). */
    @Test
    void aSuccessfulExportInItsOwnProcessPrintsNothingOnStderr() throws Exception {
        Path scenario = scenario();
        for (String name : List.of("own.pdf", "own.png")) {
            OwnProcess run = OwnProcess.run(dir, "export", "--scenario", scenario.toString(), "--view", "data",
                    "--out", dir.resolve(name).toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("", run.err(), "stderr of a successful export");
            assertTrue(run.out().startsWith("wrote "), run.out());
        }
    }

    /**
     * chart-fx caps a chart at 4096 pixels per side: a wider figure must still fill its width, not sit centred (in
     * its own process, whose headless screen is made as large as the figure).
     */
    @Test
    void aFigureWiderThan4096PixelsFillsItsWidth() throws Exception {
        Path png = dir.resolve("wide.png");
        OwnProcess run = OwnProcess.run(dir, "export", "--scenario", scenario().toString(), "--view", "data", "--out",
                png.toString(), "--width", "5000", "--height", "300");
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(5000, image.getWidth());
        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < 200; x++) {
                left.add(image.getRGB(x, y));
                right.add(image.getRGB(image.getWidth() - 1 - x, y));
            }
        }
        assertTrue(left.size() > 3 && right.size() > 3, "the chart reaches both edges: " + left.size() + " colours on"
                + " the left, " + right.size() + " on the right");
    }

    /** {@code otx} run in a new JVM with no display, as from a shell. */
    private record OwnProcess(int exitCode, String out, String err) {
        static OwnProcess run(Path dir, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), "org.otexplorer.Main"));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().remove("DISPLAY");
            Path out = Files.createTempFile(dir, "otx", ".out");
            Path err = Files.createTempFile(dir, "otx", ".err");
            pb.redirectOutput(out.toFile());
            pb.redirectError(err.toFile());
            Process p = pb.start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "otx finished");
            return new OwnProcess(p.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    private static List<String> texts(Document svg) {
        List<String> out = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int k = 0; k < nodes.getLength(); k++) {
            out.add(nodes.item(k).getTextContent().strip());
        }
        return out;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.replace('−', '-'));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
