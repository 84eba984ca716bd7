package com.sendclean.portal.credentials;

import com.sendclean.portal.sendclean.SendCleanAuthenticationListener;
import com.sendclean.portal.tenant.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks stored credentials as refused when SendClean refuses them, and clears the mark when it accepts them again,
 * so that screens can say so without calling SendClean again.
 */
@Component
class CredentialsRefusalMarker implements SendCleanAuthenticationListener {

    private final CredentialsRepository repository;

    CredentialsRefusalMarker(CredentialsRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void storedCredentialsRefused(String tenantKey) {
        repository.markRefused(new TenantId(Long.parseLong(tenantKey)), true);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void storedCredentialsAccepted(String tenantKey) {
        repository.markRefused(new TenantId(Long.parseLong(tenantKey)), false);
    }
}
