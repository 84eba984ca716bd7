package com.sendclean.archfixtures;

import com.sendclean.portal.tenant.TenantId;
import org.springframework.stereotype.Service;

/** Breaks "tenant services check the tenant": anyone signed in could rename any tenant's thing. */
@Service
public class TenantServiceWithoutCheck {

    public String rename(TenantId tenantId, String name) {
        return tenantId + name;
    }
}
