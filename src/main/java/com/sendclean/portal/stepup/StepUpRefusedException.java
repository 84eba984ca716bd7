package com.sendclean.portal.stepup;

/** The password given to confirm a sensitive action was wrong, or too many wrong ones were given; says which. */
public class StepUpRefusedException extends RuntimeException {

    public StepUpRefusedException(String message) {
        super(message);
    }
}
