package com.sendclean.portal.smtpusers;

import java.util.List;

/**
 * Where a bulk change stands: the users it changed, those SendClean refused (with its message), those already at the
 * target (skipped without a call) and those not started because the user cancelled.
 */
public record BulkProgress(int requested, int done, List<Failure> failures, int skipped, int cancelled, boolean finished) {

    public record Failure(String name, String message) {}

    public int failed() {
        return failures.size();
    }

    public int remaining() {
        return requested - done - failed() - skipped - cancelled;
    }

    /** "3 done · 1 failed · 2 remaining" */
    public String summary() {
        return done + " done · " + failed() + " failed · " + remaining() + " remaining"
                + (skipped > 0 ? " · " + skipped + " already set" : "") + (cancelled > 0 ? " · " + cancelled + " cancelled" : "");
    }
}
