package org.otexplorer.ui.export;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats of an exported figure: PNG pixels, or an SVG or PDF page of vector shapes (text as text, lines,
 * markers and legends as paths, heatmaps as one embedded image each at the data's resolution).
 */
public enum FigureFormat {
    PNG("png", "PNG image"),
    SVG("svg", "SVG drawing"),
    PDF("pdf", "PDF document");

    private final String extension;
    private final String description;

    FigureFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** What the file is, for a file chooser. */
    public String description() {
        return description;
    }

    /** Whether the figure is drawn as shapes rather than pixels. */
    public boolean isVector() {
        return this != PNG;
    }

    /**
     * The format a name gives ({@code png}, {@code svg}, {@code pdf}, any case).
     *
     * @throws IllegalArgumentException naming the accepted formats
     */
    public static FigureFormat parse(String name) {
        for (FigureFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("--format must be png, svg or pdf, got " + name);
    }

    /** The format a file name's extension gives, or PNG when it has none of png, svg, pdf. */
    public static FigureFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (FigureFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return PNG;
    }
}
