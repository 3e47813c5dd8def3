package org.otexplorer.ui.export;

import java.awt.BasicStroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Transform;

/** JavaFX shapes, strokes and transforms as their Java 2D equivalents, for the vector figure painter. */
final class AwtShapes {
    private AwtShapes() {
    }

    /** The outline of a JavaFX shape in its local coordinates, or {@code null} for a kind it does not know. */
    static java.awt.Shape outline(Shape shape) {
        if (shape instanceof Line l) {
            return new Line2D.Double(l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY());
        }
        if (shape instanceof Rectangle r) {
            return r.getArcWidth() > 0 || r.getArcHeight() > 0
                    ? new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), r.getArcWidth(),
                            r.getArcHeight())
                    : new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }
        if (shape instanceof Circle c) {
            return new Ellipse2D.Double(c.getCenterX() - c.getRadius(), c.getCenterY() - c.getRadius(),
                    2 * c.getRadius(), 2 * c.getRadius());
        }
        if (shape instanceof Ellipse e) {
            return new Ellipse2D.Double(e.getCenterX() - e.getRadiusX(), e.getCenterY() - e.getRadiusY(),
                    2 * e.getRadiusX(), 2 * e.getRadiusY());
        }
        if (shape instanceof Polyline p) {
            return polygon(p.getPoints(), false);
        }
        if (shape instanceof Polygon p) {
            return polygon(p.getPoints(), true);
        }
        if (shape instanceof Path p) {
            return path(p.getElements(), p.getFillRule());
        }
        return null;
    }

    private static java.awt.Shape polygon(List<Double> points, boolean closed) {
        Path2D.Double out = new Path2D.Double();
        for (int k = 0; k + 1 < points.size(); k += 2) {
            if (k == 0) {
                out.moveTo(points.get(k), points.get(k + 1));
            } else {
                out.lineTo(points.get(k), points.get(k + 1));
            }
        }
        if (closed) {
            out.closePath();
        }
        return out;
    }

    /** A path of absolute or relative moves, lines, curves and closes (an arc becomes its chord). */
    private static java.awt.Shape path(List<PathElement> elements, FillRule rule) {
        Path2D.Double out = new Path2D.Double(rule == FillRule.EVEN_ODD ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        double x = 0;
        double y = 0;
        for (PathElement e : elements) {
            double ox = e.isAbsolute() ? 0 : x;
            double oy = e.isAbsolute() ? 0 : y;
            if (e instanceof MoveTo m) {
                x = ox + m.getX();
                y = oy + m.getY();
                out.moveTo(x, y);
            } else if (e instanceof LineTo l) {
                x = ox + l.getX();
                y = oy + l.getY();
                lineTo(out, x, y);
            } else if (e instanceof HLineTo h) {
                x = ox + h.getX();
                lineTo(out, x, y);
            } else if (e instanceof javafx.scene.shape.VLineTo v) {
                y = oy + v.getY();
                lineTo(out, x, y);
            } else if (e instanceof CubicCurveTo c) {
                out.curveTo(ox + c.getControlX1(), oy + c.getControlY1(), ox + c.getControlX2(),
                        oy + c.getControlY2(), ox + c.getX(), oy + c.getY());
                x = ox + c.getX();
                y = oy + c.getY();
            } else if (e instanceof QuadCurveTo q) {
                out.quadTo(ox + q.getControlX(), oy + q.getControlY(), ox + q.getX(), oy + q.getY());
                x = ox + q.getX();
                y = oy + q.getY();
            } else if (e instanceof javafx.scene.shape.ArcTo a) {
                x = ox + a.getX();
                y = oy + a.getY();
                lineTo(out, x, y);
            } else if (e instanceof ClosePath) {
                out.closePath();
                if (out.getCurrentPoint() != null) {
                    x = out.getCurrentPoint().getX();
                    y = out.getCurrentPoint().getY();
                }
            }
        }
        return out;
    }

    private static void lineTo(Path2D.Double path, double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    /** A shape's stroke: width, caps, joins, miter limit and dashes. */
    static BasicStroke stroke(Shape shape) {
        return stroke(shape.getStrokeWidth(), shape.getStrokeLineCap(), shape.getStrokeLineJoin(),
                shape.getStrokeMiterLimit(), shape.getStrokeDashArray(), shape.getStrokeDashOffset());
    }

    /** A stroke from its JavaFX parts ({@code dashes} empty or null: solid). */
    static BasicStroke stroke(double width, StrokeLineCap cap, StrokeLineJoin join, double miterLimit,
                              List<Double> dashes, double dashOffset) {
        int awtCap = cap == StrokeLineCap.ROUND ? BasicStroke.CAP_ROUND
                : cap == StrokeLineCap.BUTT ? BasicStroke.CAP_BUTT : BasicStroke.CAP_SQUARE;
        int awtJoin = join == StrokeLineJoin.ROUND ? BasicStroke.JOIN_ROUND
                : join == StrokeLineJoin.BEVEL ? BasicStroke.JOIN_BEVEL : BasicStroke.JOIN_MITER;
        float[] dash = null;
        if (dashes != null && !dashes.isEmpty() && dashes.stream().anyMatch(d -> d > 0)) {
            dash = new float[dashes.size()];
            for (int k = 0; k < dash.length; k++) {
                dash[k] = (float) Math.max(0, dashes.get(k).doubleValue());
            }
        }
        return new BasicStroke((float) Math.max(0, width), awtCap, awtJoin, (float) Math.max(1, miterLimit), dash,
                (float) dashOffset);
    }

    /** A JavaFX transform as a Java 2D affine transform (its 2-D part). */
    static AffineTransform affine(Transform t) {
        return new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }
}
