package com.sendclean.portal.tenant;

import com.sendclean.portal.security.UserId;
import com.sendclean.portal.shared.InvalidInputException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one owner of "a tenant keeps at least one Admin": every change of a role and every removal of a membership,
 * whether a tenant's Admin or a platform administrator makes it, goes through here. The tenant's row is locked first,
 * so two concurrent changes cannot both take away the last Admin. Callers check who may make the change.
 */
@Component
class AdminKeepingMemberships {

    static final String NO_LONGER_MEMBER = "This person is no longer a member.";
    static final String LAST_ADMIN_DEMOTED = "The account needs at least one Admin. Make someone else Admin first.";
    static final String LAST_ADMIN_REMOVED = "The account needs at least one Admin, so its last Admin cannot be removed.";

    private final MembershipRepository memberships;

    AdminKeepingMemberships(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /**
     * Gives the user the role; returns the role before, empty if the user was no member.
     *
     * @param addIfMissing whether a user who is no member becomes one, or is refused as gone
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<TenantRole> setRole(TenantId tenant, UserId user, TenantRole role, boolean addIfMissing) {
        memberships.lockMemberships(tenant);
        Optional<TenantRole> before = memberships.findRole(tenant, user);
        if (before.isEmpty() && !addIfMissing) {
            throw new InvalidInputException(NO_LONGER_MEMBER);
        }
        if (before.orElse(null) == TenantRole.ADMIN && role != TenantRole.ADMIN && memberships.countAdmins(tenant) <= 1) {
            throw new InvalidInputException(MembershipField.ROLE, LAST_ADMIN_DEMOTED);
        }
        memberships.upsert(tenant, user, role);
        return before;
    }

    /** Removes the membership; returns the role it had, empty if there was none. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<TenantRole> remove(TenantId tenant, UserId user) {
        memberships.lockMemberships(tenant);
        Optional<TenantRole> before = memberships.findRole(tenant, user);
        if (before.orElse(null) == TenantRole.ADMIN && memberships.countAdmins(tenant) <= 1) {
            throw new InvalidInputException(LAST_ADMIN_REMOVED);
        }
        memberships.delete(tenant, user);
        return before;
    }
}
