package org.otexplorer.parameters;

/** How a numeric parameter is best explored: equal steps add (linear) or multiply (log). */
public enum Scale {
    /** Equal slider steps add equal amounts. */
    LINEAR,
    /** Equal slider steps multiply by equal factors (ε, τ, tolerances). */
    LOG
}
