package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.sendclean.SmtpUserStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared copy every screen of a tenant reads: what an edit changes in it, and how its search finds names. */
class SmtpUserSnapshotTest {

    private static final Instant LISTED = Instant.parse("2026-11-29T20:00:00Z");

    private final SmtpUserSnapshot listed = new SmtpUserSnapshot(List.of(
            user("smtpCharlie", SmtpUserStatus.ENABLED, 300),
            user("smtpalpha", SmtpUserStatus.ENABLED, 100),
            user("SMTPALPHABET", SmtpUserStatus.DISABLED, 200),
            user("smtpbravo", SmtpUserStatus.ENABLED, 50)), LISTED);

    @Test
    void anEditChangesOnlyItsRowAndKeepsEverythingElse() {
        var edited = listed.with("smtpalpha", user -> user.withStatus(SmtpUserStatus.DISABLED), 42, "olga");

        assertThat(edited.find("smtpalpha").orElseThrow().status()).isEqualTo(SmtpUserStatus.DISABLED);
        assertThat(listed.find("smtpalpha").orElseThrow().status()).as("the copy other sessions hold")
                .isEqualTo(SmtpUserStatus.ENABLED);
        assertThat(names(edited.query(null, SmtpUserSnapshot.SortKey.NAME, false).toList()))
                .containsExactly("smtpalpha", "SMTPALPHABET", "smtpbravo", "smtpCharlie");
        assertThat(edited.enabledCount()).isEqualTo(2);
        assertThat(edited.disabledCount()).isEqualTo(2);
        assertThat(edited.version("smtpalpha")).isEqualTo(42);
        assertThat(edited.lastChange("smtpalpha").orElseThrow().by()).isEqualTo("olga");
        assertThat(edited.version("smtpbravo")).isEqualTo(LISTED.toEpochMilli());
        assertThat(edited.fetchedAt()).isEqualTo(LISTED);
        assertThat(edited.row(new SmtpUser.RowKey("smtpbravo", 0))).contains(listed.find("smtpbravo").orElseThrow());
    }

    @Test
    void anEditedLimitTakesItsPlaceWhenSortedByThatLimit() {
        listed.query(null, SmtpUserSnapshot.SortKey.TOTAL_LIMIT, false).toList(); // sorted once before the edit

        var edited = listed.with("smtpbravo", user -> user.withLimits(1_000, user.hourlyLimit()), 7, "olga");

        assertThat(names(edited.query(null, SmtpUserSnapshot.SortKey.TOTAL_LIMIT, false).toList()))
                .containsExactly("smtpalpha", "SMTPALPHABET", "smtpCharlie", "smtpbravo");
        assertThat(names(edited.query("ALPHA", SmtpUserSnapshot.SortKey.TOTAL_LIMIT, true).toList()))
                .containsExactly("SMTPALPHABET", "smtpalpha");
    }

    @Test
    void theSearchIgnoresCaseBeforeAndAfterAnEdit() {
        var edited = listed.with("smtpCharlie", user -> user.withLimits(301, 30), 9, "olga");

        for (var copy : List.of(listed, edited)) {
            assertThat(copy.count("Alpha")).isEqualTo(2);
            assertThat(copy.count(" charlie ")).isEqualTo(1);
            assertThat(copy.count("nobody")).isZero();
            assertThat(copy.count("")).isEqualTo(4);
            assertThat(names(copy.query("ALPHA", SmtpUserSnapshot.SortKey.NAME, false).toList()))
                    .containsExactly("smtpalpha", "SMTPALPHABET");
            assertThat(names(copy.query("alpha", SmtpUserSnapshot.SortKey.NAME, true).toList()))
                    .containsExactly("SMTPALPHABET", "smtpalpha");
        }
        assertThat(edited.query("charlie", SmtpUserSnapshot.SortKey.NAME, false).findFirst().orElseThrow().totalLimit())
                .isEqualTo(301);
    }

    @Test
    void anEditOfANameListedTwiceChangesBothEntriesAndTheyStayTwo() {
        var twice = new SmtpUserSnapshot(List.of(user("smtpdup", SmtpUserStatus.ENABLED, 10),
                new SmtpUser("smtpdup", null, SmtpUserStatus.ENABLED, 20, 5, 1), user("smtpone", SmtpUserStatus.ENABLED, 30)),
                LISTED);

        var edited = twice.with("smtpdup", user -> user.withStatus(SmtpUserStatus.DISABLED), 3, "olga");

        assertThat(edited.isDuplicated("smtpdup")).isTrue();
        assertThat(edited.timesListed("smtpdup")).isEqualTo(2);
        assertThat(edited.row(new SmtpUser.RowKey("smtpdup", 1)).orElseThrow().status()).isEqualTo(SmtpUserStatus.DISABLED);
        assertThat(edited.row(new SmtpUser.RowKey("smtpdup", 1)).orElseThrow().totalLimit()).isEqualTo(20);
        assertThat(edited.disabledCount()).isEqualTo(2);
        assertThat(edited.count("DUP")).isEqualTo(2);
    }

    @Test
    void theEnabledAndDisabledCountsFollowEditsThatSwitchBackAndForthOrChangeNothing() {
        var disabled = listed.with("smtpbravo", user -> user.withStatus(SmtpUserStatus.DISABLED), 1, "olga");
        var alreadyEnabled = disabled.with("smtpalpha", user -> user.withStatus(SmtpUserStatus.ENABLED), 2, "olga");
        var enabledAgain = alreadyEnabled.with("smtpbravo", user -> user.withStatus(SmtpUserStatus.ENABLED), 3, "olga");
        var nobody = enabledAgain.with("smtpnobody", user -> user.withStatus(SmtpUserStatus.DISABLED), 4, "olga");

        assertThat(disabled.enabledCount()).isEqualTo(2);
        assertThat(alreadyEnabled.enabledCount()).isEqualTo(2);
        assertThat(enabledAgain.enabledCount()).isEqualTo(3);
        assertThat(enabledAgain.disabledCount()).isEqualTo(1);
        assertThat(nobody.enabledCount()).as("a name the listing does not have changes no count").isEqualTo(3);
        assertThat(nobody.find("smtpnobody")).isEmpty();
    }

    @Test
    void searchCountsStayRightWhenManyScreensSearchDifferentThings() {
        var many = new java.util.ArrayList<SmtpUser>();
        for (int i = 0; i < 3_000; i++) {
            many.add(user("smtp" + i, SmtpUserStatus.ENABLED, i));
        }
        var copy = new SmtpUserSnapshot(many, LISTED);

        for (int i = 0; i < 3_000; i++) {
            // more searches than a listing remembers, so the remembered counts are dropped and counted again
            String needle = "smtp" + i;
            long expected = many.stream().filter(user -> user.name().contains(needle)).count();
            assertThat(copy.count(" SMTP" + i)).as("names containing " + needle).isEqualTo(expected);
        }
        var edited = copy.with("smtp7", user -> user.withLimits(1, 1), 5, "olga");
        assertThat(edited.count("SMTP7")).isEqualTo(111);
        assertThat(edited.count("")).isEqualTo(3_000);
    }

    private static SmtpUser user(String name, SmtpUserStatus status, int totalLimit) {
        return new SmtpUser(name, null, status, totalLimit, 5);
    }

    private static List<String> names(List<SmtpUser> users) {
        return users.stream().map(SmtpUser::name).toList();
    }
}
