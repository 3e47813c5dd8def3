package org.otexplorer.ui.export;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.AbstractAxis;
import io.fair_acc.chartfx.legend.spi.DefaultLegend;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.ui.css.StyleUtil;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * Paints a laid-out JavaFX scene graph onto a Java 2D surface (an SVG or PDF page) as vector primitives: region
 * backgrounds and borders as rectangles, text as text in its font, shapes as paths with their strokes, chart-fx
 * axes as lines and text ({@link AxisPainter}), the plot canvases of charts as the shapes their renderers draw
 * ({@link ChartPainter}: grids, polylines and markers, heatmaps as one image at the data's resolution, renderers of
 * this project through {@code VectorDrawable}) and legend symbols as shapes. Only what it cannot express as shapes
 * is embedded as an image of that one node (a canvas nobody can redraw, an image view, an SVG icon); it counts
 * them ({@link #embeddedImages()}). Run on the FX thread, after the scene has been laid out and drawn.
 */
public final class ScenePainter {
    private final Node root;
    private final Map<Canvas, Consumer<Graphics2D>> canvases = new IdentityHashMap<>();
    private int embedded;

    private ScenePainter(Node root) {
        this.root = root;
        collect(root);
    }

    /** A painter of the scene graph under {@code root} (its charts, axes and legends found now). */
    public static ScenePainter of(Node root) {
        return new ScenePainter(root);
    }

    /** Paints the root in its own coordinates (its layout position and transforms are not applied). */
    public void paint(Graphics2D g) {
        paintContent(root, g, 1);
    }

    /** How many nodes the last {@link #paint} embedded as images rather than shapes (heatmaps are counted apart). */
    public int embeddedImages() {
        return embedded;
    }

    private void collect(Node node) {
        if (node instanceof XYChart chart) {
            if (ChartPainter.canPaint(chart)) {
                canvases.put(chart.getCanvas(), g -> {
                    g.clip(new Rectangle2D.Double(0, 0, chart.getCanvas().getWidth(), chart.getCanvas().getHeight()));
                    ChartPainter.paint(chart, g);
                });
            }
            for (Axis axis : chart.getAxes()) {
                if (axis instanceof AbstractAxis a) {
                    canvases.put(a.getCanvas(), g -> AxisPainter.paint(a, g));
                }
            }
        }
        if (node instanceof DefaultLegend.LegendItem item && item.getGraphic() instanceof Canvas symbol) {
            canvases.put(symbol, g -> ChartPainter.legendSymbol(item.getSeries(), g, symbol.getWidth(),
                    symbol.getHeight()));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child);
            }
        }
    }

    private void paintNode(Node node, Graphics2D parent, float alpha) {
        if (!node.isVisible() || node.getOpacity() <= 0 || node instanceof StyleUtil.StyleNode
                || node instanceof Renderer) {
            return;
        }
        Graphics2D g = (Graphics2D) parent.create();
        try {
            float a = alpha * (float) node.getOpacity();
            if (a < 1) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, a));
            }
            if (embedsAsImage(node)) {
                embed(node, g);
                return;
            }
            g.transform(AwtShapes.affine(node.getLocalToParentTransform()));
            paintContent(node, g, a);
        } finally {
            g.dispose();
        }
    }

    /** Paints a node in its local coordinates: its clip, its own drawing, then its children. */
    private void paintContent(Node node, Graphics2D g, float alpha) {
        if (node.getClip() != null) {
            java.awt.Shape clip = node.getClip() instanceof Shape s ? AwtShapes.outline(s) : null;
            if (clip != null) {
                g.clip(AwtShapes.affine(node.getClip().getLocalToParentTransform()).createTransformedShape(clip));
            }
        }
        if (node instanceof Region r) {
            paintBackground(r, g);
            paintBorder(r, g);
        } else if (node instanceof Text t) {
            TextPainter.paint(t, g);
        } else if (node instanceof Shape s) {
            paintShape(s, g);
        } else if (node instanceof Canvas c) {
            paintCanvas(c, g);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                paintNode(child, g, alpha);
            }
        }
    }

    /** Nodes that have no vector form here: image views, and shapes of a kind {@link AwtShapes} does not know. */
    private static boolean embedsAsImage(Node node) {
        return node instanceof ImageView || node instanceof Shape s && !(node instanceof Text)
                && AwtShapes.outline(s) == null;
    }

    /** The node as an image over its bounds in the parent (in the parent's coordinates, as {@code g} is). */
    private void embed(Node node, Graphics2D g) {
        Bounds b = node.getBoundsInParent();
        if (b.getWidth() < 1 || b.getHeight() < 1) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        BufferedImage image = Images.toBufferedImage(node.snapshot(parameters, null));
        g.drawImage(image, (int) Math.floor(b.getMinX()), (int) Math.floor(b.getMinY()), null);
        embedded++;
    }

    /** A canvas drawn as shapes where a painter knows it (axis text may overhang it), else as its image. */
    private void paintCanvas(Canvas canvas, Graphics2D g) {
        Consumer<Graphics2D> vector = canvases.get(canvas);
        if (vector != null) {
            vector.accept(g);
            return;
        }
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        g.drawImage(Images.toBufferedImage(canvas.snapshot(parameters, null)), 0, 0, null);
        embedded++;
    }

    private static void paintShape(Shape s, Graphics2D g) {
        java.awt.Shape outline = AwtShapes.outline(s);
        if (s.getFill() != null) {
            Paints.fill(g, outline, s.getFill());
        }
        java.awt.Color stroke = Paints.color(s.getStroke());
        if (stroke != null && s.getStrokeWidth() > 0) {
            g.setColor(stroke);
            g.setStroke(AwtShapes.stroke(s));
            g.draw(outline);
        }
    }

    private static void paintBackground(Region r, Graphics2D g) {
        Background background = r.getBackground();
        if (background == null) {
            return;
        }
        for (BackgroundFill fill : background.getFills()) {
            Insets in = fill.getInsets();
            double w = r.getWidth() - in.getLeft() - in.getRight();
            double h = r.getHeight() - in.getTop() - in.getBottom();
            if (w > 0 && h > 0) {
                Paints.fill(g, box(in.getLeft(), in.getTop(), w, h, fill.getRadii().getTopLeftHorizontalRadius()),
                        fill.getFill());
            }
        }
    }

    private static void paintBorder(Region r, Graphics2D g) {
        Border border = r.getBorder();
        if (border == null) {
            return;
        }
        for (BorderStroke stroke : border.getStrokes()) {
            double width = stroke.getWidths().getTop();
            java.awt.Color color = Paints.color(stroke.getTopStroke());
            if (color == null || width <= 0 || stroke.getWidths().isTopAsPercentage()
                    || stroke.getTopStyle() == BorderStrokeStyle.NONE) {
                continue;
            }
            Insets in = stroke.getInsets();
            double x = in.getLeft() + width / 2;
            double y = in.getTop() + width / 2;
            double w = r.getWidth() - in.getLeft() - in.getRight() - width;
            double h = r.getHeight() - in.getTop() - in.getBottom() - width;
            if (w > 0 && h > 0) {
                g.setColor(color);
                g.setStroke(new java.awt.BasicStroke((float) width));
                g.draw(box(x, y, w, h, stroke.getRadii().getTopLeftHorizontalRadius()));
            }
        }
    }

    private static java.awt.Shape box(double x, double y, double w, double h, double radius) {
        return radius > 0 ? new RoundRectangle2D.Double(x, y, w, h, 2 * radius, 2 * radius)
                : new Rectangle2D.Double(x, y, w, h);
    }
}
