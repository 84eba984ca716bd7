package com.sendclean.portal;

import com.sendclean.portal.account.UserRegistration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * Keeps the portal's code honest beyond what the module map ({@link ModularityTest}) says: views go through
 * services, tenant services check the tenant, the audit table and decrypted credentials stay where they belong.
 * {@link ArchitectureRulesCanFailTest} shows each rule rejecting a class that breaks it.
 */
class ArchitectureTest {

    private static final JavaClasses portal = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.sendclean.portal");

    @Test
    void viewsNeverCallSendCleanOrARepository() {
        ArchitectureRules.VIEWS_USE_SERVICES.check(portal);
    }

    @Test
    void everyPublicMethodOfATenantScopedServiceChecksTheTenant() {
        ArchitectureRules.TENANT_SERVICES_CHECK_THE_TENANT.check(portal);
    }

    @Test
    void onlyTheAuditModuleWritesAndReadsAuditRows() {
        ArchitectureRules.ONLY_AUDIT_TOUCHES_AUDIT_ROWS.check(portal);
    }

    @Test
    void onlyTheListedModulesObtainDecryptedCredentials() {
        ArchitectureRules.ONLY_LISTED_MODULES_GET_DECRYPTED_CREDENTIALS.check(portal);
        ArchitectureRules.DECRYPTION_IS_PACKAGE_PRIVATE.check(portal);
        ArchitectureRules.NO_PUBLIC_METHOD_HANDS_OUT_AN_ACCOUNT.check(portal);
    }

    @Test
    void smtpUserServiceRequiresViewerToReadAndOperatorToChange() {
        ArchitectureRules.SMTP_USER_SERVICE_ROLES.check(portal);
    }

    @Test
    void viewsNeverCreateAccountsWithoutAnAuthorizedService() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(UserRegistration.class)
                .because("UserRegistration checks input, not authority; only services that checked the caller use it")
                .check(portal);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
                .because("dependencies come through constructors")
                .check(portal);
    }
}
