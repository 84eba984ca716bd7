package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.tenant.TenantId;
import java.util.Locale;
import java.util.function.Consumer;

/** Records a copied password (not a copied user name) in the audit trail, from the secret dialogs' copy buttons. */
final class CopiedPasswords {

    private CopiedPasswords() {}

    /** What a copy button reports, by its label; a failure to record is shown like any other. */
    static Consumer<String> recorder(SmtpUserService smtpUsers, TenantId tenant, String smtpUserName,
                                     Consumer<RuntimeException> onFailure) {
        return label -> {
            if (label.toLowerCase(Locale.ROOT).contains("password")) {
                try {
                    smtpUsers.passwordCopied(tenant, smtpUserName);
                } catch (RuntimeException failure) {
                    onFailure.accept(failure);
                }
            }
        };
    }
}
