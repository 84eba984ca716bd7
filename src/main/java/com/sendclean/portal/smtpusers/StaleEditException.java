package com.sendclean.portal.smtpusers;

/**
 * An edit was based on a value the shared copy no longer holds: someone changed the row (or a re-list found another
 * value) between opening the editor and saving. Nothing was sent.
 */
public class StaleEditException extends RuntimeException {

    private final String changedBy;
    private final int from;
    private final int to;
    private final int wanted;

    StaleEditException(String changedBy, int from, int to, int wanted) {
        super(changedBy + " changed it from " + LimitInput.format(from) + " to " + LimitInput.format(to) + "; save "
                + LimitInput.format(wanted) + " anyway?", null, false, false);
        this.changedBy = changedBy;
        this.from = from;
        this.to = to;
        this.wanted = wanted;
    }

    /** The portal user who changed it, or "A re-list". */
    public String changedBy() {
        return changedBy;
    }

    public int from() {
        return from;
    }

    /** The value the shared copy holds now. */
    public int to() {
        return to;
    }

    public int wanted() {
        return wanted;
    }
}
