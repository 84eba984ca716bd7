package com.sendclean.portal.audit;

/**
 * A signed-in principal the audit trail can name. The security package's principal implements it, so the audit
 * trail finds the actor in the security context without depending on the security package.
 */
public interface AuditActor {

    long auditUserId();

    String getUsername();
}
