package com.sendclean.portal.smtpusers;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads a limit as typed. Only a whole number from 1 to 2,147,483,647 is a limit: plain digits, or digits grouped by
 * commas exactly as the grid shows them ("12,500"). Anything else ("1.5", "1e3", "1,5", "1.000", "2.500,5") is refused
 * rather than guessed at, because a guess that drops a separator saves a limit ten or a thousand times off.
 */
public final class LimitInput {

    private static final Pattern PLAIN = Pattern.compile("\\d{1,10}");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

    private LimitInput() {}

    /** The limit the text stands for; empty when it is not a valid limit. */
    public static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String stripped = text.strip();
        String digits;
        if (PLAIN.matcher(stripped).matches()) {
            digits = stripped;
        } else if (GROUPED.matcher(stripped).matches() && stripped.length() <= 13) {
            digits = stripped.replace(",", "");
        } else {
            return OptionalInt.empty();
        }
        long value = Long.parseLong(digits);
        return value >= 1 && value <= Integer.MAX_VALUE ? OptionalInt.of((int) value) : OptionalInt.empty();
    }

    /** How the grid shows a limit, which {@link #parse} reads back. */
    public static String format(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
