package com.sendclean.portal.config;

/** A local-only feature was switched on outside the local profile; the message is the one sentence to show. */
public class LocalProfileRequiredException extends RuntimeException {

    public LocalProfileRequiredException(String message) {
        super(message);
    }
}
