package com.sendclean.portal.history;

import com.sendclean.portal.audit.AuditEntry;
import com.sendclean.portal.smtpusers.LimitKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevertableChangeTest {

    @Test
    void portalAndOutsideChangesOfferTheValueTheyReplaced() {
        assertThat(RevertableChange.of(event("SMTP_USER_STATUS_CHANGED", "SUCCESS", "ENABLED -> DISABLED")))
                .containsExactly(new RevertableChange(null, "ENABLED"));
        assertThat(RevertableChange.of(event("SMTP_USER_LIMIT_CHANGED", "SUCCESS", "Total limit: 100 -> 200")))
                .containsExactly(new RevertableChange(LimitKind.TOTAL, "100"));
        assertThat(RevertableChange.of(event("CHANGED_OUTSIDE_THE_PORTAL", "SUCCESS", "Status: DISABLED -> ENABLED; Hourly limit: 5 -> 9")))
                .extracting(RevertableChange::label).containsExactly("Disable again", "Hourly limit back to 5");
    }

    @Test
    void failuresUnknownValuesAndOtherActionsOfferNothing() {
        assertThat(RevertableChange.of(event("SMTP_USER_LIMIT_CHANGED", "VALIDATION", "Total limit: 100 -> 200"))).isEmpty();
        assertThat(RevertableChange.of(event("SMTP_USER_LIMIT_CHANGED", "SUCCESS", "Total limit: ? -> 200"))).isEmpty();
        assertThat(RevertableChange.of(event("SMTP_USER_LIMIT_CHANGED", "SUCCESS", "Total limit: 99999999999 -> 200"))).isEmpty();
        assertThat(RevertableChange.of(event("SMTP_USER_PASSWORD_RESET", "SUCCESS", null))).isEmpty();
        assertThat(RevertableChange.of(event("CHANGED_OUTSIDE_THE_PORTAL", "SUCCESS",
                "New SMTP user: Status ENABLED, total limit 30, hourly limit 3"))).isEmpty();
    }

    private static AuditEntry event(String action, String outcome, String detail) {
        return new AuditEntry(1, Instant.now(), null, "someone", 1L, "acme", action, "smtp12345", outcome, detail, null, null);
    }
}
