package com.sendclean.portal.sandbox;

/** Invalid or missing call parameters; answered as SendClean's ValidationError. */
class SandboxValidationException extends RuntimeException {

    SandboxValidationException(String message) {
        super(message);
    }
}
