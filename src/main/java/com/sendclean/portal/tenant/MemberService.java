package com.sendclean.portal.tenant;

import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.UserId;
import com.sendclean.portal.account.UserRegistration;
import com.sendclean.portal.shared.InvalidInputException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's ADMINs managing its members. An ADMIN can only create new accounts, never add an existing one, so
 * nobody can probe or pull in the users of other tenants; and a tenant always keeps at least one ADMIN
 * ({@link AdminKeepingMemberships}, which the platform administrators' path obeys too).
 */
@Service
public class MemberService {

    private final MembershipRepository memberships;
    private final AdminKeepingMemberships adminKeeping;
    private final UserRegistration registration;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    MemberService(MembershipRepository memberships, AdminKeepingMemberships adminKeeping,
                  UserRegistration registration, CurrentUser currentUser, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.memberships = memberships;
        this.adminKeeping = adminKeeping;
        this.registration = registration;
        this.currentUser = currentUser;
    }

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Member> members(TenantId tenantId) {
        return memberships.findMembers(tenantId);
    }

    /** Creates a new account as a member; its initial password must be changed at the first sign-in. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional
    public UserId createMember(TenantId tenantId, String username, String initialPassword, TenantRole role) {
        requireRole(role);
        UserId user = registration.registerWithInitialPassword(username, initialPassword);
        memberships.upsert(tenantId, user, role);
        String name = registration.usernameOf(user).orElse(username);
        auditLog.record(AuditEvent.success(AuditAction.USER_CREATED, tenantId.value(), name));
        auditLog.record(AuditEvent.success(AuditAction.MEMBER_ADDED, tenantId.value(), name).withDetail(role.name()));
        return user;
    }

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional
    public void changeRole(TenantId tenantId, UserId userId, TenantRole role) {
        requireRole(role);
        TenantRole current = adminKeeping.setRole(tenantId, userId, role, false)
                .orElseThrow(() -> new InvalidInputException(AdminKeepingMemberships.NO_LONGER_MEMBER));
        auditLog.record(AuditEvent.success(AuditAction.MEMBER_ROLE_CHANGED, tenantId.value(), nameOf(userId))
                .withDetail(current.name() + " -> " + role.name()));
    }

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional
    public void removeMember(TenantId tenantId, UserId userId) {
        TenantRole current = adminKeeping.remove(tenantId, userId)
                .orElseThrow(() -> new InvalidInputException(AdminKeepingMemberships.NO_LONGER_MEMBER));
        auditLog.record(AuditEvent.success(AuditAction.MEMBER_REMOVED, tenantId.value(), nameOf(userId))
                .withDetail(current.name()));
    }

    private String nameOf(UserId userId) {
        return registration.usernameOf(userId).orElse("user " + userId);
    }

    /** Whether the member is the signed-in user, so screens can warn before someone removes themselves. */
    public boolean isMe(UserId userId) {
        return currentUser.get().map(user -> user.id().equals(userId)).orElse(false);
    }

    private static void requireRole(TenantRole role) {
        if (role == null) {
            throw new InvalidInputException(MembershipField.ROLE, "Choose a role.");
        }
    }
}
