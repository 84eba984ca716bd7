package com.sendclean.portal;

import com.sendclean.archfixtures.modulith.FixtureApplication;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each architecture rule, run against the classes in {@code com.sendclean.archfixtures} that break it on purpose,
 * must reject exactly those classes: a rule that cannot fail protects nothing.
 */
class ArchitectureRulesCanFailTest {

    private static final JavaClasses fixtures = new ClassFileImporter().importPackages("com.sendclean.archfixtures");

    @Test
    void aViewThatCallsSendCleanOrReadsARepositoryIsRejected() {
        assertRejects(ArchitectureRules.VIEWS_USE_SERVICES, "ViewCallingSendClean", "ViewReadingARepository");
    }

    @Test
    void aTenantServiceMethodWithoutATenantCheckIsRejected() {
        assertRejects(ArchitectureRules.TENANT_SERVICES_CHECK_THE_TENANT, "TenantServiceWithoutCheck.rename");
    }

    @Test
    void touchingAuditRowsFromOutsideTheAuditModuleIsRejected() {
        assertRejects(ArchitectureRules.ONLY_AUDIT_TOUCHES_AUDIT_ROWS, "AuditPurgeElsewhere");
    }

    @Test
    void decryptedCredentialsOutsideTheListedModulesAreRejected() {
        assertRejects(ArchitectureRules.ONLY_LISTED_MODULES_GET_DECRYPTED_CREDENTIALS, "ReportWithDecryptedCredentials");
        assertRejects(ArchitectureRules.DECRYPTION_IS_PACKAGE_PRIVATE, "PublicDecryption");
        assertRejects(ArchitectureRules.noPublicMethodHandsOutAnAccount("com.sendclean.archfixtures"),
                "PublicDecryption.account");
    }

    @Test
    void anSmtpUserChangeThatAViewerMayMakeIsRejected() {
        assertRejects(ArchitectureRules.SMTP_USER_SERVICE_ROLES, "SmtpUserService.setEnabled");
        assertThatThrownBy(() -> ArchitectureRules.SMTP_USER_SERVICE_ROLES.check(fixtures))
                .hasMessageNotContaining("SmtpUserService.list(");
    }

    @Test
    void aShellThatUsesAFeatureOrAModuleThatUsesAnothersInternalsIsRejected() {
        var modules = ApplicationModules.of(FixtureApplication.class, new ImportOption.OnlyIncludeTests());
        assertThatThrownBy(modules::verify)
                .hasMessageContaining("Shell").hasMessageContaining("Feature")
                .hasMessageContaining("Other").hasMessageContaining("FeatureInternals");
    }

    private static void assertRejects(ArchRule rule, String... offenders) {
        assertThatThrownBy(() -> rule.check(fixtures)).isInstanceOf(AssertionError.class)
                .satisfies(failure -> assertThat(failure.getMessage()).contains(offenders));
    }
}
