package com.sendclean.portal.smtpusers;

import com.sendclean.portal.tenant.TenantMembership;
import java.util.Set;

/**
 * issue 16: what the history module adds to the SMTP users screen (the "Changed outside the portal" mark and the
 * history panel) without the screen depending on that module. Implemented by the history module.
 */
public interface SmtpUserRowHistory {

    /** The users to mark "Changed outside the portal". */
    Set<String> changedOutside(TenantMembership membership);

    /** Opens the user's history panel; {@code afterRevert} runs (in the UI) after a Revert went through. */
    void open(TenantMembership membership, String smtpUserName, Runnable afterRevert);
}
