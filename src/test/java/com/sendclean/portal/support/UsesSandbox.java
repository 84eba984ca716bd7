package com.sendclean.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A portal test whose SendClean is the test JVM's {@link SandboxServer}: the portal gets its URL as
 * {@code sendclean.api.base-url-template}, as a production portal would get a real SendClean's. The portal itself has
 * no sandbox ({@code sendclean.sandbox.enabled} is refused outside the local profile).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(SandboxServer.PortalCustomizerFactory.class)
public @interface UsesSandbox {
}
