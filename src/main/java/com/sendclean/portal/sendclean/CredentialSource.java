package com.sendclean.portal.sendclean;

/** Where the credentials of a call come from, which decides whether a refusal marks the stored ones. */
public enum CredentialSource {
    /** The tenant's saved credentials: a refusal marks them as refused. */
    STORED,
    /** Typed into a form and not saved ("Test connection"): a refusal changes nothing stored. */
    TYPED
}
