package org.otexplorer.ui.steps;

/**
 * The frames of a step-through as an exported animation: which recorded frames it shows (every one up to
 * {@value #MAX_FRAMES}; beyond, the first half of that many in a row and the rest spaced out to the last, log-spaced
 * in the iteration count, where convergence is slow) and which one the still figure shows (the scenario's frame).
 * Frame arrays are made once and kept.
 */
final class StepsAnimation {
    /** Frames an animation holds at most. */
    static final int MAX_FRAMES = 240;

    private final StepsRun run;
    private final int[] frames;
    private final FrameView[] views;
    private final int still;
    private FrameView stillView;

    StepsAnimation(StepsRun run, int stillFrame) {
        this.run = run;
        frames = select(run.frameCount());
        views = new FrameView[frames.length];
        still = run.clamp(stillFrame);
    }

    /** Makes every frame's arrays now (headless export, off the FX thread). */
    StepsAnimation prepared() {
        for (int i = 0; i < frames.length; i++) {
            view(i);
        }
        view(frames.length);
        return this;
    }

    StepsRun run() {
        return run;
    }

    int frameCount() {
        return frames.length;
    }

    /** The recorded frame index of animation frame i. */
    int recordedFrame(int i) {
        return frames[i];
    }

    /** The arrays of animation frame i ({@code frameCount()}: the still frame). */
    synchronized FrameView view(int i) {
        if (i == frames.length) {
            if (stillView == null) {
                stillView = run.frame(still);
            }
            return stillView;
        }
        if (views[i] == null) {
            views[i] = run.frame(frames[i]);
        }
        return views[i];
    }

    /** The still figure's frame arrays. */
    FrameView still() {
        return view(frames.length);
    }

    /** Animation frames: all of {@code count} up to the cap, else a run of the first ones then log-spaced. */
    static int[] select(int count) {
        if (count <= MAX_FRAMES) {
            int[] all = new int[count];
            for (int k = 0; k < count; k++) {
                all[k] = k;
            }
            return all;
        }
        int head = MAX_FRAMES / 2;
        java.util.TreeSet<Integer> picked = new java.util.TreeSet<>();
        for (int k = 0; k < head; k++) {
            picked.add(k);
        }
        int rest = MAX_FRAMES - head;
        double ratio = Math.log((double) (count - 1) / head);
        for (int s = 1; s <= rest; s++) {
            picked.add((int) Math.min(count - 1, Math.round(head * Math.exp(ratio * s / rest))));
        }
        picked.add(count - 1);
        return picked.stream().mapToInt(Integer::intValue).toArray();
    }
}
