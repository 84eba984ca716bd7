package com.sendclean.portal.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Present only with {@code sendclean.sandbox.enabled=true}. Every sandbox bean carries it, so a production portal
 * (where the property is unset, and refused outside the local profile) has no sandbox endpoint, security chain or
 * service at all. The sandbox application ({@link SandboxApplication}) always sets it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = ConditionalOnSandboxEnabled.PROPERTY, havingValue = "true")
@interface ConditionalOnSandboxEnabled {

    String PROPERTY = "sendclean.sandbox.enabled";
}
