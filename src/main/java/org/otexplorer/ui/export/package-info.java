/**
 * Figure rendering: any chart or panel laid out at its exact pixel size on a
 * {@link org.otexplorer.ui.export.FigureStage} (so text and lines stay crisp) and captured as a PNG at scale 1×–4×,
 * or as an SVG or PDF page of the same picture drawn as vector shapes ({@link org.otexplorer.ui.export.ScenePainter}
 * walks the laid-out scene graph onto a Java 2D surface: {@link org.otexplorer.ui.export.AxisPainter} for chart-fx
 * axes, {@link org.otexplorer.ui.export.ChartPainter} for plot areas, {@link org.otexplorer.ui.export.VectorPages}
 * writes the page with Apache Batik or PDFBox); animated figures frame by frame to an animated GIF or numbered PNG
 * frames ({@link org.otexplorer.ui.export.AnimationExporter}, {@link org.otexplorer.ui.export.AnimationTarget}); the
 * bounds of a figure ({@link org.otexplorer.ui.export.FigureSize}), the look it is laid out with
 * ({@link org.otexplorer.ui.export.FigureLook}) and the headless FX toolkit {@code otx export} starts. What a figure
 * shows comes from the workbenches' {@code ExportFigure}s and {@code AnimatedFigure}s. May import JavaFX, chart-fx,
 * {@code ui.charts} and {@code io} (files are written through {@code io.AtomicFiles}).
 */
package org.otexplorer.ui.export;
