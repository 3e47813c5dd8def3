package org.otexplorer.ui.export;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Text on a vector page as text (an SVG {@code <text>}, a PDF text run), in the JavaFX font's family, weight and
 * size, placed where JavaFX laid it out: each line's baseline and alignment are taken from the laid-out node and the
 * widths JavaFX measures, so the page matches the screen even where the page's font metrics differ slightly.
 */
final class TextPainter {
    private TextPainter() {
    }

    /** Paints a laid-out text node in its local coordinates. */
    static void paint(Text t, Graphics2D g) {
        java.awt.Color fill = Paints.color(t.getFill());
        if (t.getText() == null || t.getText().isBlank() || fill == null) {
            return;
        }
        Font font = t.getFont();
        Bounds box = t.getLayoutBounds();
        List<String> lines = lines(t.getText(), font, t.getWrappingWidth());
        double lineHeight = box.getHeight() / lines.size();
        double baseline = box.getMinY() + t.getBaselineOffset();
        g.setColor(fill);
        g.setFont(awtFont(font));
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            double free = box.getWidth() - width(line, font);
            double x = box.getMinX() + (t.getTextAlignment() == TextAlignment.CENTER ? free / 2
                    : t.getTextAlignment() == TextAlignment.RIGHT ? free : 0);
            g.drawString(line, (float) x, (float) (baseline + k * lineHeight));
        }
    }

    /**
     * Draws one line of text anchored at (x, y) as a canvas's {@code fillText} places it: {@code alignment} says
     * which of its left, centre or right is at x, {@code origin} which of its top, centre, baseline or bottom is at
     * y; the text is turned by {@code degrees} about the anchor.
     */
    static void draw(Graphics2D g, String text, Font font, java.awt.Color color, double x, double y,
                     TextAlignment alignment, javafx.geometry.VPos origin, double degrees) {
        if (text == null || text.isBlank() || color == null) {
            return;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        Bounds box = probe.getLayoutBounds();
        double ascent = probe.getBaselineOffset();
        double dx = alignment == TextAlignment.CENTER ? -box.getWidth() / 2
                : alignment == TextAlignment.RIGHT ? -box.getWidth() : 0;
        double dy = origin == javafx.geometry.VPos.TOP ? ascent
                : origin == javafx.geometry.VPos.CENTER ? ascent - box.getHeight() / 2
                : origin == javafx.geometry.VPos.BOTTOM ? ascent - box.getHeight() : 0;
        Graphics2D turned = (Graphics2D) g.create();
        try {
            turned.translate(x, y);
            turned.rotate(Math.toRadians(degrees));
            turned.setColor(color);
            turned.setFont(awtFont(font));
            turned.drawString(text, (float) dx, (float) dy);
        } finally {
            turned.dispose();
        }
    }

    /** The Java 2D font of a JavaFX font: the same family (JavaFX's "System" is the sans-serif), style and size. */
    static java.awt.Font awtFont(Font font) {
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        int awtStyle = (style.contains("bold") ? java.awt.Font.BOLD : 0)
                | (style.contains("italic") || style.contains("oblique") ? java.awt.Font.ITALIC : 0);
        String family = "System".equals(font.getFamily()) ? java.awt.Font.SANS_SERIF : font.getFamily();
        return new java.awt.Font(family, awtStyle, 1).deriveFont((float) font.getSize());
    }

    /** Width of a line as JavaFX measures it. */
    static double width(String line, Font font) {
        Text probe = new Text(line);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    /** The lines JavaFX shows: the text's own line breaks, and words wrapped at the wrapping width (if any). */
    private static List<String> lines(String text, Font font, double wrappingWidth) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (wrappingWidth <= 0 || width(paragraph, font) <= wrappingWidth) {
                out.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String longer = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(longer, font) > wrappingWidth) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(longer);
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
