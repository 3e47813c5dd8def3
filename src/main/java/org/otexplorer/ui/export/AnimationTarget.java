package org.otexplorer.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where an animation is written: one animated GIF ({@code fig.gif}), or numbered PNG frames — {@code fig-000.png},
 * {@code fig-001.png}, … beside {@code fig.png}, or {@code VIEW-000.png}, … in a folder. Its CSV and scenario JSON
 * go beside it ({@code fig.csv}, {@code fig.scenario.json}).
 */
public final class AnimationTarget {
    private final Path gif;
    private final Path folder;
    private final String stem;

    private AnimationTarget(Path gif, Path folder, String stem) {
        this.gif = gif;
        this.folder = folder;
        this.stem = stem;
    }

    /**
     * The target {@code out} names, as a GIF or (with {@code framesAsPng}) as PNG frames of the figure {@code view}.
     *
     * @throws IllegalArgumentException when {@code out} does not fit the format: a GIF needs a {@code .gif} file;
     *                                  PNG frames a {@code .png} name (the frames' stem) or a folder
     */
    public static AnimationTarget of(Path out, boolean framesAsPng, String view) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!framesAsPng) {
            if (!lower.endsWith(".gif")) {
                throw new IllegalArgumentException("an animation is written as a .gif file (or as PNG frames with "
                        + "--frames-as-png), not " + out);
            }
            return new AnimationTarget(out, null, null);
        }
        Path absolute = out.toAbsolutePath();
        if (lower.endsWith(".png")) {
            return new AnimationTarget(null, absolute.getParent(), name.substring(0, name.length() - 4));
        }
        if (Files.isDirectory(out) || !name.contains(".")) {
            return new AnimationTarget(null, absolute, view);
        }
        throw new IllegalArgumentException("PNG frames are written as fig-000.png, fig-001.png, …: give a .png name "
                + "or a folder, not " + out);
    }

    /** Whether the frames are PNG files rather than one GIF. */
    public boolean framesAsPng() {
        return gif == null;
    }

    /** The GIF file (a GIF target). */
    public Path gif() {
        return gif;
    }

    /** Frame {@code index}'s PNG file of {@code count} frames: numbered with at least three digits. */
    public Path frame(int index, int count) {
        int digits = Math.max(3, Integer.toString(count - 1).length());
        return folder.resolve(String.format(Locale.ROOT, "%s-%0" + digits + "d.png", stem, index));
    }

    /** A file beside the animation: {@code sibling(".csv")} is {@code fig.csv}. */
    public Path sibling(String suffix) {
        return gif != null ? FigureExporter.sibling(gif, suffix) : folder.resolve(stem + suffix);
    }

    /** What to name in a message: the GIF, or the first frame's pattern. */
    @Override
    public String toString() {
        return gif != null ? gif.toString() : folder.resolve(stem + "-NNN.png").toString();
    }
}
