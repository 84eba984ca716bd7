/**
 * The SendClean API client: Feign over pooled HttpClient 5, the SSRF guard, retries and the per-tenant circuit breaker.
 */
@ApplicationModule(displayName = "SendClean client", allowedDependencies = {})
package com.sendclean.portal.sendclean;

import org.springframework.modulith.ApplicationModule;
