package com.sendclean.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the feature packages honest: views go through services, features do not form cycles. */
class ArchitectureTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.sendclean.portal");

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .because("a view talks to a service, which checks tenant and role")
                .check(classes);
    }

    @Test
    void viewsNeverCallTheSendCleanHttpClientDirectly() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("FeignClient")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewsNeverCreateAccountsWithoutAnAuthorizedService() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("com.sendclean.portal.account.UserRegistration")
                .because("UserRegistration checks input, not authority; only services that checked the caller use it")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.sendclean.portal.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
                .because("dependencies come through constructors")
                .check(classes);
    }

    @Test
    void sharedUiDoesNotDependOnFeatures() {
        noClasses().that().resideInAPackage("com.sendclean.portal.ui..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.sendclean.portal.tenant..", "com.sendclean.portal.credentials..",
                        "com.sendclean.portal.smtpusers..", "com.sendclean.portal.audit..",
                        "com.sendclean.portal.sendclean..", "com.sendclean.portal.admin..")
                .check(classes);
    }
}
