package com.sendclean.portal.stepup;

/**
 * A sensitive action needs a recent sign-in or password re-entry. Views catch it (or avoid it with
 * {@link StepUpDialog#ifNeeded}) and ask for the password.
 */
public class StepUpRequiredException extends RuntimeException {

    public StepUpRequiredException() {
        super("Confirm your password to continue.");
    }
}
