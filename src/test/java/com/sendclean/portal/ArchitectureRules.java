package com.sendclean.portal;

import com.sendclean.portal.audit.AuditClientContext;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.audit.AuditReader;
import com.sendclean.portal.credentials.decrypted.DecryptedCredentials;
import com.sendclean.portal.sendclean.SendCleanAccount;
import com.sendclean.portal.sendclean.SendCleanClient;
import com.sendclean.portal.tenant.TenantId;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules {@link ArchitectureTest} checks against the portal and {@link ArchitectureRulesCanFailTest} against
 * classes that break them (in {@code com.sendclean.archfixtures}, outside the portal's packages and its build), so
 * each rule is known to catch the mistake it names.
 */
final class ArchitectureRules {

    /**
     * The modules that may obtain decrypted SendClean credentials. Add the reseller overview's package here when it
     * lands (for example {@code "com.sendclean.portal.overview.."}).
     */
    static final List<String> DECRYPTED_CREDENTIALS_USERS = List.of(
            "com.sendclean.portal.credentials..",
            "com.sendclean.portal.smtpusers..");

    /** Methods of {@code SmtpUserService} that only read; every other public method changes or reveals. */
    static final DescribedPredicate<JavaMethod> READS = DescribedPredicate.describe("reads (list, find, get, count)",
            method -> Stream.of("list", "find", "get", "count").anyMatch(method.getName()::startsWith));

    static final ArchRule VIEWS_USE_SERVICES = noClasses().that().areAssignableTo(Component.class)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().areAssignableTo(SendCleanClient.class)
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("FeignClient")
            .because("a view talks to a service, which checks tenant and role and keeps SendClean off the UI thread");

    static final ArchRule TENANT_SERVICES_CHECK_THE_TENANT = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().arePublic().and(takeA(TenantId.class))
            .should(carryATenantCheck())
            .because("every tenant-scoped service method checks tenant membership itself, whatever the screen allowed");

    static final ArchRule ONLY_AUDIT_TOUCHES_AUDIT_ROWS = noClasses()
            .that().resideOutsideOfPackage("com.sendclean.portal.audit..")
            .should().dependOnClassesThat(auditInternals())
            .because("audit rows are written only through AuditLog and read only through AuditReader");

    static final ArchRule ONLY_LISTED_MODULES_GET_DECRYPTED_CREDENTIALS = noClasses()
            .that().resideOutsideOfPackages(DECRYPTED_CREDENTIALS_USERS.toArray(String[]::new))
            .should().dependOnClassesThat().resideInAPackage("com.sendclean.portal.credentials.decrypted..")
            .because("only the SMTP users (and the reseller overview built on them) act with a tenant's credentials");

    static final ArchRule DECRYPTION_IS_PACKAGE_PRIVATE = classes()
            .that().implement(DecryptedCredentials.class)
            .should().notBePublic()
            .andShould().resideInAPackage("com.sendclean.portal.credentials")
            .because("decryption is offered only through the named interface, never as a public class");

    static final ArchRule NO_PUBLIC_METHOD_HANDS_OUT_AN_ACCOUNT = noPublicMethodHandsOutAnAccount(
            "com.sendclean.portal.credentials");

    static final ArchRule SMTP_USER_SERVICE_ROLES = methods()
            .that().areDeclaredInClassesThat().haveSimpleName("SmtpUserService")
            .and().arePublic().and().areNotStatic()
            .should(requireViewerForReadsAndOperatorForTheRest())
            .because("everyone in a tenant reads its SMTP users; only OPERATORs and ADMINs change them or see passwords");

    private ArchitectureRules() {
    }

    static ArchRule noPublicMethodHandsOutAnAccount(String credentialsPackage) {
        return methods()
                .that().areDeclaredInClassesThat().resideInAPackage(credentialsPackage)
                .and().areDeclaredInClassesThat().arePublic()
                .and().arePublic()
                .should(notMention(SendCleanAccount.class))
                .because("decrypted credentials leave the credentials module only through DecryptedCredentials");
    }

    private static DescribedPredicate<JavaMethod> takeA(Class<?> type) {
        return DescribedPredicate.describe("take a " + type.getSimpleName(),
                method -> method.getRawParameterTypes().stream().anyMatch(parameter -> parameter.isEquivalentTo(type)));
    }

    private static Optional<String> preAuthorize(JavaMethod method) {
        return method.tryGetAnnotationOfType(PreAuthorize.class).map(PreAuthorize::value)
                .or(() -> method.getOwner().tryGetAnnotationOfType(PreAuthorize.class).map(PreAuthorize::value));
    }

    private static ArchCondition<JavaMethod> carryATenantCheck() {
        return new ArchCondition<>("carry @PreAuthorize with @tenantAccess") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean checked = preAuthorize(method).filter(value -> value.contains("@tenantAccess.")).isPresent();
                events.add(new SimpleConditionEvent(method, checked,
                        method.getFullName() + (checked ? " checks" : " does not check") + " the tenant with @tenantAccess"));
            }
        };
    }

    private static ArchCondition<JavaMethod> requireViewerForReadsAndOperatorForTheRest() {
        return new ArchCondition<>("require VIEWER for reads and OPERATOR for everything else") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String role = READS.test(method) ? "VIEWER" : "OPERATOR";
                String expected = "@tenantAccess.allows(#tenantId, '" + role + "')";
                boolean ok = preAuthorize(method).filter(expected::equals).isPresent();
                events.add(new SimpleConditionEvent(method, ok, method.getFullName()
                        + (ok ? " requires " : " does not require exactly ") + expected));
            }
        };
    }

    private static DescribedPredicate<JavaClass> auditInternals() {
        return DescribedPredicate.describe("are audit internals (anything but AuditLog, AuditReader and AuditClientContext among its beans)",
                type -> resideInAPackage("com.sendclean.portal.audit..").test(type)
                        && (type.isAnnotatedWith(Repository.class)
                            || type.isMetaAnnotatedWith(org.springframework.stereotype.Component.class))
                        && !type.isEquivalentTo(AuditLog.class) && !type.isEquivalentTo(AuditReader.class)
                        // who is asking (client address, user agent): read-only, shared with sign-in throttling
                        && !type.isEquivalentTo(AuditClientContext.class));
    }

    private static ArchCondition<JavaMethod> notMention(Class<?> type) {
        return new ArchCondition<>("not take or return a " + type.getSimpleName()) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean mentions = Stream.concat(
                                method.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()),
                                method.getReturnType().getAllInvolvedRawTypes().stream())
                        .anyMatch(raw -> raw.isEquivalentTo(type));
                events.add(new SimpleConditionEvent(method, !mentions, method.getFullName()
                        + (mentions ? " hands out " : " does not hand out ") + "a " + type.getSimpleName()));
            }
        };
    }
}
