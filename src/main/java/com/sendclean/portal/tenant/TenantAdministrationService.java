package com.sendclean.portal.tenant;

import java.text.Normalizer;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.security.Roles;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.account.UserRegistration;
import com.sendclean.portal.shared.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform administration of tenants and of who belongs to them. It manages tenants from the outside: platform
 * administrators still cannot open a tenant's pages unless they are also members.
 */
@Service
@PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
public class TenantAdministrationService {

    public static final int MAX_NAME_LENGTH = 100;

    // the tenant-scoped methods name the tenant check too, as every tenant-scoped service method must
    private static final String ADMINISTERS_ID = "@tenantAccess.administers(#id)";
    private static final String ADMINISTERS_TENANT = "@tenantAccess.administers(#tenant)";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final TenantRepository tenants;
    private final MembershipRepository memberships;
    private final AdminKeepingMemberships adminKeeping;
    private final AuditLog auditLog;
    private final UserRegistration registration;
    private final StepUpService stepUp;

    TenantAdministrationService(TenantRepository tenants, MembershipRepository memberships,
                                AdminKeepingMemberships adminKeeping, AuditLog auditLog,
                                UserRegistration registration, StepUpService stepUp) {
        this.stepUp = stepUp;
        this.adminKeeping = adminKeeping;
        this.auditLog = auditLog;
        this.registration = registration;
        this.tenants = tenants;
        this.memberships = memberships;
    }

    @Transactional(readOnly = true)
    public List<Tenant> listTenants() {
        return tenants.findAll();
    }

    @Transactional
    public TenantId createTenant(String name, String slug) {
        String cleanName = requireName(name);
        String cleanSlug = slug == null ? "" : slug.strip();
        if (!SLUG.matcher(cleanSlug).matches()) {
            throw new InvalidInputException(TenantField.SLUG,
                    "Use 1 to 63 lower-case letters, digits and dashes, starting and ending with a letter or digit.");
        }
        if (tenants.existsBySlug(cleanSlug)) {
            throw new InvalidInputException(TenantField.SLUG, "Another tenant already uses this URL name.");
        }
        TenantId id = tenants.insert(cleanName, cleanSlug);
        auditLog.record(AuditEvent.success(AuditAction.TENANT_CREATED, id.value(), cleanSlug).withDetail(cleanName));
        return id;
    }

    @PreAuthorize(ADMINISTERS_ID)
    @Transactional
    public void rename(TenantId id, String name) {
        Tenant before = requireExisting(id);
        String newName = requireName(name);
        tenants.rename(id, newName);
        auditLog.record(AuditEvent.success(AuditAction.TENANT_RENAMED, id.value(), before.slug())
                .withDetail(before.name() + " -> " + newName));
    }

    @PreAuthorize(ADMINISTERS_ID)
    @Transactional
    public void setActive(TenantId id, boolean active) {
        Tenant tenant = requireExisting(id);
        tenants.setActive(id, active);
        auditLog.record(AuditEvent.success(active ? AuditAction.TENANT_REACTIVATED : AuditAction.TENANT_DEACTIVATED,
                id.value(), tenant.slug()));
    }

    @PreAuthorize(ADMINISTERS_ID)
    @Transactional(readOnly = true)
    public List<Member> members(TenantId id) {
        return memberships.findMembers(id);
    }

    @Transactional(readOnly = true)
    public List<TenantMembership> membershipsOf(UserId user) {
        return memberships.findAllByUser(user);
    }

    /** Grants a membership, or changes its role if the user already belongs to the tenant. */
    @PreAuthorize(ADMINISTERS_TENANT)
    @Transactional
    public void grant(TenantId tenant, UserId user, TenantRole role) {
        stepUp.requireFresh();
        requireExisting(tenant);
        if (role == null) {
            throw new InvalidInputException(MembershipField.ROLE, "Choose a role.");
        }
        Optional<TenantRole> before = adminKeeping.setRole(tenant, user, role, true);
        String name = registration.usernameOf(user).orElse("user " + user);
        auditLog.record(before.isEmpty()
                ? AuditEvent.success(AuditAction.MEMBER_ADDED, tenant.value(), name).withDetail(role.name())
                : AuditEvent.success(AuditAction.MEMBER_ROLE_CHANGED, tenant.value(), name)
                        .withDetail(before.get().name() + " -> " + role.name()));
    }

    @PreAuthorize(ADMINISTERS_TENANT)
    @Transactional
    public void revoke(TenantId tenant, UserId user) {
        Optional<TenantRole> before = adminKeeping.remove(tenant, user);
        if (before.isPresent()) {
            auditLog.record(AuditEvent.success(AuditAction.MEMBER_REMOVED, tenant.value(),
                    registration.usernameOf(user).orElse("user " + user)).withDetail(before.get().name()));
        }
    }

    /** Suggests a URL name for a tenant name: "Acme Corp." becomes "acme-corp". */
    public static String suggestSlug(String name) {
        String slug = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.length() > 63 ? slug.substring(0, 63).replaceAll("-+$", "") : slug;
    }

    private Tenant requireExisting(TenantId id) {
        return tenants.findById(id).orElseThrow(() -> new InvalidInputException("This tenant no longer exists."));
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(TenantField.NAME, "Enter a name.");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(TenantField.NAME, "Use at most " + MAX_NAME_LENGTH + " characters.");
        }
        return clean;
    }
}
