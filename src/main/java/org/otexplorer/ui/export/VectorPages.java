package org.otexplorer.ui.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.awt.image.RenderedImage;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One vector page drawn through Java 2D: an SVG document (Apache Batik's {@code SVGGraphics2D}: text stays
 * {@code <text>}, shapes become {@code <path>}, {@code <line>}, {@code <rect>}, {@code <circle>}, images are embedded
 * as PNG) or a one-page PDF (Apache PDFBox with its Graphics2D bridge: text in the standard PDF fonts where they
 * hold its characters, else as outlines). A page unit is a pixel of the PNG of the same figure.
 */
public final class VectorPages {
    /** PDFBox's loggers (through slf4j-simple, onto stderr). */
    private static final String PDFBOX_LOG = "org.slf4j.simpleLogger.log.org.apache.pdfbox";

    static {
        // PDFBox warns on stderr that it measures the standard Helvetica with a system font; the page is right, and
        // a command's stderr is for its own errors. Set before PDFBox's first class (and logger) is created.
        if (System.getProperty(PDFBOX_LOG) == null) {
            System.setProperty(PDFBOX_LOG, "error");
        }
    }

    private VectorPages() {
    }

    /** The page as the bytes of a file of the format (SVG or PDF). */
    public static byte[] write(FigureFormat format, double width, double height, Consumer<Graphics2D> painting) {
        return switch (format) {
            case SVG -> svg(width, height, painting);
            case PDF -> pdf(width, height, painting);
            case PNG -> throw new IllegalArgumentException("a PNG is no vector page");
        };
    }

    static byte[] svg(double width, double height, Consumer<Graphics2D> painting) {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("OT Explorer figure");
        context.setEmbeddedFontsOn(false);
        context.setImageHandler(new PngImages());
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        sharpImages(g);
        painting.accept(g);
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(width), (int) Math.ceil(height)));
        Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", String.format(Locale.ROOT, "0 0 %s %s", num(width), num(height)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            g.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] pdf(double width, double height, Consumer<Graphics2D> painting) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) width, (float) height);
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            sharpImages(g);
            try {
                painting.accept(g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Heatmap cells stay sharp squares however far the page is enlarged (no interpolation of images). */
    private static void sharpImages(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    /** Embeds images as base-64 PNG data URIs, encoded by the JDK's own PNG writer. */
    private static final class PngImages extends ImageHandlerBase64Encoder {
        @Override
        public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
            try {
                if (!ImageIO.write(image, "png", out)) {
                    throw new SVGGraphics2DIOException("no PNG writer available");
                }
            } catch (IOException e) {
                throw new SVGGraphics2DIOException(e);
            }
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
