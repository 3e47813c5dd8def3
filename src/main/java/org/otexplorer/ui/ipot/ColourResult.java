package org.otexplorer.ui.ipot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.otexplorer.colour.ChannelTransfer;
import org.otexplorer.colour.JointRgbTransfer;
import org.otexplorer.colour.RgbImage;
import org.otexplorer.colour.SyntheticImages;
import org.otexplorer.colour.TransferMethod;
import org.otexplorer.io.ImageFiles;
import org.otexplorer.io.Scenario;
import org.otexplorer.parameters.ParameterValues;
import org.otexplorer.service.Analysis;
import org.otexplorer.service.Job;

/**
 * Colour transfer for the panel (thesis Fig. 2.7, math.md §16.7): the source and the target image (files of the
 * scenario, or the two images the explorer paints), the source recoloured per channel by the exact, the IPOT and the
 * two Sinkhorn plans, and jointly in RGB by the exact plan on a random sample of pixels. Each image is also held as
 * ARGB pixels, ready for the screen, and with its contrast (the standard deviation of R, G, B).
 *
 * @param images    the source, the target, then every result
 * @param names     what each image is, e.g. "per channel, Sinkhorn eps = 0.01" (ASCII: file names are made of it;
 *                  the screen writes ε, {@link IpotLabels})
 * @param argb      each image's pixels as opaque ARGB, for the screen
 * @param contrasts each image's standard deviation of R, G and B
 */
record ColourResult(List<RgbImage> images, List<String> names, List<int[]> argb, List<double[]> contrasts) {
    /** IPOT's proximal steps for a colour plan (L = 1). */
    static final int IPOT_STEPS = 1000;
    /** Sinkhorn's iteration limit for a colour plan. */
    static final int SINKHORN_ITERATIONS = 100_000;

    /** What the analysis reads: the scenario and the folder its image paths are relative to. */
    record Input(Scenario scenario, Path baseDirectory) {
    }

    /** The transfer's analysis on the {@code ipot.colour} channel. */
    static final Analysis<Input, ColourResult> ANALYSIS = new Analysis<>() {
        @Override
        public String channel() {
            return "ipot.colour";
        }

        @Override
        public Job<ColourResult> job(Input in) {
            return context -> ColourResult.compute(in.scenario(), in.baseDirectory(), context::isCancelled);
        }
    };

    static ColourResult compute(Scenario s, Path base, java.util.function.BooleanSupplier cancelled) {
        ParameterValues v = IpotSection.of(s);
        RgbImage source = image(v.get(IpotSection.SOURCE_IMAGE), base, v.get(IpotSection.IMAGE_SIZE), true);
        RgbImage target = image(v.get(IpotSection.TARGET_IMAGE), base, v.get(IpotSection.IMAGE_SIZE), false);
        List<RgbImage> images = new ArrayList<>(List.of(source, target));
        List<String> names = new ArrayList<>(List.of("source", "target"));
        List<TransferMethod> methods = new ArrayList<>(List.of(TransferMethod.exact(),
                TransferMethod.ipot(v.get(IpotSection.COLOUR_BETA), IPOT_STEPS)));
        for (double eps : v.get(IpotSection.COLOUR_EPSILONS)) {
            methods.add(TransferMethod.sinkhorn(eps, SINKHORN_ITERATIONS));
        }
        for (TransferMethod m : methods) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("colour transfer cancelled");
            }
            images.add(ChannelTransfer.transfer(source, target, m));
            names.add("per channel, " + m.label());
        }
        images.add(JointRgbTransfer.transfer(source, target, TransferMethod.exact(), v.get(IpotSection.JOINT_SAMPLES),
                s.seed()));
        names.add("joint RGB, exact, " + v.get(IpotSection.JOINT_SAMPLES) + " samples");
        return new ColourResult(List.copyOf(images), List.copyOf(names),
                images.stream().map(ColourResult::argb).toList(), images.stream().map(RgbImage::channelDeviations).toList());
    }

    /**
     * The image a path names (relative to the scenario's folder), or the painted sunset (source) or lagoon (target)
     * when it is empty.
     *
     * @throws IllegalArgumentException naming the field when the file is missing or not an image
     */
    static RgbImage image(String path, Path base, int size, boolean source) {
        if (path.isBlank()) {
            return source ? SyntheticImages.sunset(size, size) : SyntheticImages.lagoon(size, size);
        }
        Path file = base == null ? Path.of(path) : base.resolve(path);
        try {
            return ImageFiles.read(file);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(IpotSection.field(source ? IpotSection.SOURCE_IMAGE
                    : IpotSection.TARGET_IMAGE) + ": " + e.getMessage(), e);
        }
    }

    /** The part of a scenario the transfer depends on (and the folder paths are relative to). */
    static Object inputs(Input in) {
        ParameterValues v = IpotSection.of(in.scenario());
        return List.of(String.valueOf(in.baseDirectory()), in.scenario().seed(), v.get(IpotSection.SOURCE_IMAGE),
                v.get(IpotSection.TARGET_IMAGE), v.get(IpotSection.IMAGE_SIZE), v.get(IpotSection.COLOUR_BETA),
                v.get(IpotSection.COLOUR_EPSILONS), v.get(IpotSection.JOINT_SAMPLES));
    }

    /** The image's pixels as opaque ARGB, for a JavaFX image. */
    static int[] argb(RgbImage image) {
        int[] p = image.pixels();
        for (int i = 0; i < p.length; i++) {
            p[i] |= 0xFF000000;
        }
        return p;
    }
}
