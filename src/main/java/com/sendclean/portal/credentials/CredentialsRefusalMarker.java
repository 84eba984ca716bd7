package com.sendclean.portal.credentials;

import com.sendclean.portal.sendclean.SendCleanAuthenticationListener;
import com.sendclean.portal.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    CredentialsRefusalMarker(CredentialsRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void storedCredentialsRefused(String tenantKey) {
        mark(new TenantId(Long.parseLong(tenantKey)), true);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void storedCredentialsAccepted(String tenantKey) {
        mark(new TenantId(Long.parseLong(tenantKey)), false);
    }

    private void mark(TenantId tenant, boolean refused) {
        if (repository.markRefused(tenant, refused)) {
            // other instances keep the row for their calls; they must see the mark change
            events.publishEvent(new CredentialsRefusalChanged(tenant));
        }
    }
}
