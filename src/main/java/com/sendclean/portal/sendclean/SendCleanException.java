package com.sendclean.portal.sendclean;

/**
 * Anything that went wrong talking to SendClean, as a message a customer can act on. The message never contains a
 * token, an owner id, an upstream stack trace or a parser's complaint; {@link #kind()} says what happened.
 *
 * <table>
 * <caption>Kinds and messages</caption>
 * <tr><th>kind</th><th>customer message</th></tr>
 * <tr><td>VALIDATION</td><td>SendClean's own message, e.g. "total_limit must be a positive integer"</td></tr>
 * <tr><td>AUTHENTICATION</td><td>SendClean refused the stored token</td></tr>
 * <tr><td>GENERAL</td><td>SendClean reported an error: &lt;its message&gt;</td></tr>
 * <tr><td>UNREACHABLE</td><td>SendClean could not be reached; try again</td></tr>
 * <tr><td>MALFORMED</td><td>SendClean sent an answer the portal cannot read</td></tr>
 * <tr><td>OUTCOME_UNKNOWN</td><td>SendClean did not confirm whether ...; here is what it holds now (create, edit,
 * reset)</td></tr>
 * <tr><td>ADDRESS_REFUSED</td><td>The app domain ... is not a public SendClean address</td></tr>
 * </table>
 */
public abstract sealed class SendCleanException extends RuntimeException
        permits SendCleanException.Validation, SendCleanException.Authentication, SendCleanException.General,
        SendCleanException.Unreachable, SendCleanException.Malformed, SendCleanException.OutcomeUnknown,
        SendCleanException.AddressRefused {

    /** What kind of failure this is; screens choose their state from it. */
    public enum Kind { VALIDATION, AUTHENTICATION, GENERAL, UNREACHABLE, MALFORMED, OUTCOME_UNKNOWN, ADDRESS_REFUSED }

    static final String AUTHENTICATION_STORED = "SendClean refused the stored token";
    static final String AUTHENTICATION_TYPED = "SendClean refused this owner ID and token";
    static final String GENERAL_PREFIX = "SendClean reported an error: ";
    static final String UNREACHABLE = "SendClean could not be reached; try again";
    static final String MALFORMED = "SendClean sent an answer the portal cannot read";

    private SendCleanException(String customerMessage) {
        // no cause: upstream exceptions may carry URLs, bodies or parser details that must not travel on
        super(customerMessage, null, false, true);
    }

    public abstract Kind kind();

    /** The message to show; the same as {@link #getMessage()}. */
    public String customerMessage() {
        return getMessage();
    }

    /** SendClean refused the parameters; its message says why. */
    public static final class Validation extends SendCleanException {
        Validation(String apiMessage) {
            super(apiMessage == null || apiMessage.isBlank() ? "SendClean refused the request as invalid" : apiMessage);
        }

        @Override
        public Kind kind() {
            return Kind.VALIDATION;
        }
    }

    /** SendClean did not accept the owner id and token. */
    public static final class Authentication extends SendCleanException {
        private final CredentialSource source;

        Authentication(CredentialSource source) {
            super(source == CredentialSource.TYPED ? AUTHENTICATION_TYPED : AUTHENTICATION_STORED);
            this.source = source;
        }

        public CredentialSource source() {
            return source;
        }

        @Override
        public Kind kind() {
            return Kind.AUTHENTICATION;
        }
    }

    /** SendClean reported an error of its own. */
    public static final class General extends SendCleanException {
        General(String apiMessage) {
            super(GENERAL_PREFIX + (apiMessage == null || apiMessage.isBlank() ? "no details given" : apiMessage));
        }

        @Override
        public Kind kind() {
            return Kind.GENERAL;
        }
    }

    /** No answer: connection refused, timed out, DNS failure, or the tenant's circuit is open. */
    public static final class Unreachable extends SendCleanException {
        private final boolean circuitOpen;

        Unreachable(boolean circuitOpen) {
            this(UNREACHABLE, circuitOpen);
        }

        Unreachable(String message, boolean circuitOpen) {
            super(message);
            this.circuitOpen = circuitOpen;
        }

        /** Whether the portal did not even try, because SendClean kept failing for this tenant. */
        public boolean circuitOpen() {
            return circuitOpen;
        }

        @Override
        public Kind kind() {
            return Kind.UNREACHABLE;
        }
    }

    /** An answer that is not what the reference describes (HTML, broken JSON, missing fields). */
    public static final class Malformed extends SendCleanException {
        Malformed() {
            this(MALFORMED);
        }

        Malformed(String message) {
            super(message);
        }

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }
    }

    /**
     * A call that changes something (addSmtp, editSmtp, resetSmtpPassword) was sent but not confirmed: a timeout, an
     * HTTP 5xx or an HTML page. It may or may not have happened; addSmtp and resetSmtpPassword are never retried.
     * Screens re-list to show what SendClean holds now, and never advise trying again, which could create a duplicate.
     */
    public static final class OutcomeUnknown extends SendCleanException {
        OutcomeUnknown(String whatMayHaveHappened) {
            super("SendClean did not confirm whether " + whatMayHaveHappened + "; here is what it holds now.");
        }

        @Override
        public Kind kind() {
            return Kind.OUTCOME_UNKNOWN;
        }
    }

    /** The app domain is malformed, outside the allowed domains, or resolves to a private or local address. */
    public static final class AddressRefused extends SendCleanException {
        AddressRefused(String reason) {
            super(reason);
        }

        @Override
        public Kind kind() {
            return Kind.ADDRESS_REFUSED;
        }
    }

    static Validation validation(String apiMessage) {
        return new Validation(apiMessage);
    }

    static Authentication authentication(CredentialSource source) {
        return new Authentication(source);
    }

    static General general(String apiMessage) {
        return new General(apiMessage);
    }

    static Unreachable unreachable() {
        return new Unreachable(false);
    }

    static Unreachable openCircuit() {
        return new Unreachable(true);
    }

    static Malformed malformed() {
        return new Malformed();
    }

    static Malformed tooLarge(long maxBytes) {
        return new Malformed("SendClean sent an answer larger than the portal accepts (" + (maxBytes / (1024 * 1024))
                + " MB)");
    }

    /** This tenant already has as many calls under way as its bulkhead allows; nothing was sent. */
    static Unreachable busy() {
        return new Unreachable("SendClean is still busy with this account's earlier requests; try again in a moment",
                false);
    }

    /** The call did not finish within its overall deadline ({@code sendclean.api.call-timeout}). */
    static Unreachable deadlinePassed() {
        return new Unreachable(UNREACHABLE, false);
    }

    static OutcomeUnknown outcomeUnknown(String whatMayHaveHappened) {
        return new OutcomeUnknown(whatMayHaveHappened);
    }

    static AddressRefused addressRefused(String reason) {
        return new AddressRefused(reason);
    }
}
