package com.sendclean.portal.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(policy.check("alice", "elevenchars")).contains("Use at least 12 characters.");
    }

    @Test
    void acceptsLongPassphrasesWithoutCompositionRules() {
        assertThat(policy.check("alice", "correct horse battery")).isEmpty();
        assertThat(policy.check("alice", "x".repeat(11) + "y")).isEmpty();
        assertThat(policy.check("alice", "a".repeat(60) + "b".repeat(4))).as("64 characters are allowed").isEmpty();
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertThat(policy.check("alice", "ab".repeat(65))).contains("Use at most 128 characters.");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.check("alice", "Password1234")).contains("This password is too common; choose another.");
        assertThat(policy.check("alice", "QWERTYUIOPASDFGHJKL")).contains("This password is too common; choose another.");
    }

    @Test
    void refusesTheUserName() {
        assertThat(policy.check("administrator-jane", "Administrator-Jane"))
                .contains("The password must not be the user name.");
    }

    @Test
    void refusesPasswordsThatContainTheUserNameOfFourOrMoreCharacters() {
        assertThat(policy.check("admin", "adminadminadmin")).contains("The password must not contain the user name.");
        assertThat(policy.check("Alice", "my-ALICE-passphrase")).contains("The password must not contain the user name.");
        assertThat(policy.check("bob", "bobbobbobbobbob")).as("names under four characters are too common a part")
                .isEmpty();
    }
}
