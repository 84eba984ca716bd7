package com.sendclean.portal.dashboard;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.sendclean.SmtpUserStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpUserFiguresTest {

    @Test
    void sumsLimitsBeyondIntAndNamesUsersWhoseHourlyLimitExceedsTheirTotal() {
        var figures = SmtpUserFigures.of(List.of(
                new SmtpUser("smtp1", "p", SmtpUserStatus.ENABLED, Integer.MAX_VALUE, 10),
                new SmtpUser("smtp2", "p", SmtpUserStatus.DISABLED, 5, 50),
                new SmtpUser("smtp3", "p", SmtpUserStatus.ENABLED, 100, 100)));

        assertThat(figures.users()).isEqualTo(3);
        assertThat(figures.enabled()).isEqualTo(2);
        assertThat(figures.disabled()).isEqualTo(1);
        assertThat(figures.totalLimits()).isEqualTo(Integer.MAX_VALUE + 105L);
        assertThat(figures.hourlyLimits()).isEqualTo(160);
        assertThat(figures.hourlyAboveTotal()).containsExactly("smtp2");
    }
}
