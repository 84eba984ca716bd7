package com.sendclean.portal.accounts;

import java.util.Comparator;
import java.util.Locale;

/** The accounts grid's sort orders by column key; unknown values sort last. */
final class AccountOrders {

    private AccountOrders() {}

    static Comparator<AccountSummary> of(String key) {
        return switch (key) {
            case "role" -> Comparator.comparing(AccountSummary::role);
            case "credentials" -> Comparator.comparing(AccountSummary::credentials);
            case "smtpUsers" -> Comparator.comparing(AccountSummary::smtpUsers, Comparator.nullsLast(Comparator.naturalOrder()));
            case "enabled" -> Comparator.comparing(AccountSummary::enabled, Comparator.nullsLast(Comparator.naturalOrder()));
            case "disabled" -> Comparator.comparing(AccountSummary::disabled, Comparator.nullsLast(Comparator.naturalOrder()));
            case "lastChange" -> Comparator.comparing(AccountSummary::lastChangeAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case "problem" -> Comparator.comparing(AccountSummary::problem, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> Comparator.comparing(row -> row.name().toLowerCase(Locale.ROOT));
        };
    }
}
