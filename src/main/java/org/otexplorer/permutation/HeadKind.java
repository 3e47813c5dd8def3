package org.otexplorer.permutation;

import java.util.List;

/** The four permutation heads of the sorting task (paper Table 5; math.md §15.6). */
public enum HeadKind {
    /** Unrolled Sinkhorn {@code S^(L)(χ/τ)}, no noise. */
    SINKHORN("sinkhorn", "Sinkhorn", true, false),
    /** Gumbel-Sinkhorn {@code S^(L)((χ + G)/τ)}, averaged over the noise samples. */
    GUMBEL_SINKHORN("gumbel-sinkhorn", "Gumbel-Sinkhorn", true, true),
    /** Exact assignment {@code H(χ/τ)} with the straight-through (identity) backward. */
    HUNGARIAN("hungarian", "Hungarian-STE without Gumbel noise", false, false),
    /** Exact assignment of the perturbed scores {@code H((χ + G)/τ)}, straight-through, averaged over samples. */
    HUNGARIAN_GUMBEL("hungarian-gumbel", "Hungarian-STE with Gumbel noise", false, true);

    private final String id;
    private final String label;
    private final boolean soft;
    private final boolean noisy;

    HeadKind(String id, String label, boolean soft, boolean noisy) {
        this.id = id;
        this.label = label;
        this.soft = soft;
        this.noisy = noisy;
    }

    /** The id scenario files and the CLI use. */
    public String id() {
        return id;
    }

    /** The paper's name for the head (Table 5's row groups). */
    public String label() {
        return label;
    }

    /** Whether the head trains on a soft (Sinkhorn) matrix, which has a constraint error. */
    public boolean isSoft() {
        return soft;
    }

    /** Whether the head perturbs the scores with Gumbel noise. */
    public boolean isNoisy() {
        return noisy;
    }

    /** The head with this id; the message lists the ids. */
    public static HeadKind byId(String id) {
        for (HeadKind h : values()) {
            if (h.id.equals(id)) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown permutation head '" + id + "'; use one of "
                + List.of(values()).stream().map(HeadKind::id).toList());
    }
}
