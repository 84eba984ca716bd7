package com.sendclean.portal.smtpusers;

import com.sendclean.portal.credentials.CredentialsUnavailableException;
import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.shared.InvalidInputException;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** Turns what went wrong into the sentence the screen shows; nothing technical reaches the user. */
public final class FailureMessages {

    private static final Logger log = LoggerFactory.getLogger(FailureMessages.class);

    private FailureMessages() {}

    public static String of(RuntimeException failure) {
        if (failure instanceof SendCleanException sendClean) {
            return sendClean.customerMessage();
        }
        if (failure instanceof CredentialsUnavailableException || failure instanceof InvalidInputException) {
            return failure.getMessage();
        }
        if (failure instanceof RejectedExecutionException) {
            return "The portal is too busy right now; nothing was sent to SendClean. Try again in a moment.";
        }
        if (failure instanceof AccessDeniedException) {
            return "You are not allowed to do this in this account.";
        }
        log.error("Unexpected failure on the SMTP users screen", failure);
        return "Something went wrong in the portal; try again.";
    }

    /** Whether fixing it means going to the credentials page. */
    public static boolean concernsCredentials(RuntimeException failure) {
        return failure instanceof SendCleanException.Authentication || failure instanceof CredentialsUnavailableException;
    }
}
