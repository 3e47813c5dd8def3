package org.otexplorer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code otx} in-process and captures exit code, stdout and stderr. */
record OtxRun(int exitCode, String out, String err) {

    static OtxRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OtxCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new OtxRun(code, out.toString(), err.toString());
    }

    /** The stderr lines, ignoring a trailing newline. */
    String[] errLines() {
        String e = err.strip();
        return e.isEmpty() ? new String[0] : e.split("\\R");
    }
}
