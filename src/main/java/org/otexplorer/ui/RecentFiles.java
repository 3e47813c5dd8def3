package org.otexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The most recently opened or saved scenario files, newest first, kept in {@link Preferences}. */
public final class RecentFiles {
    /** How many files the Open Recent menu lists. */
    public static final int CAPACITY = 8;
    private static final String KEY = "recent.";

    private final Preferences node;

    /** Recent files stored under the given preferences node. */
    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The user's recent files of the explorer. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userNodeForPackage(RecentFiles.class).node("recent-files"));
    }

    /** The files, newest first. */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int k = 0; k < CAPACITY; k++) {
            String v = node.get(KEY + k, null);
            if (v != null) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Moves a file to the front, dropping the oldest beyond the capacity. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(abs);
        files.add(0, abs);
        store(files);
    }

    /** Forgets a file (for instance one that no longer opens). */
    public void remove(Path file) {
        List<Path> files = list();
        files.remove(file.toAbsolutePath().normalize());
        store(files);
    }

    private void store(List<Path> files) {
        for (int k = 0; k < CAPACITY; k++) {
            if (k < files.size()) {
                node.put(KEY + k, files.get(k).toString());
            } else {
                node.remove(KEY + k);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences that cannot be flushed stay in memory for this session; not worth interrupting the user.
        }
    }
}
