package com.cumulus.commerce.platform.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access policy of one HTTP function. Read at run time by the host, which refuses the call before the
 * function runs; a test walks every HTTP function and fails on one without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Access {

    AccessPolicy value();

    /**
     * Step-up: the token must show multi-factor authentication ({@code amr} holds {@code mfa}, or {@code acrs}
     * holds the configured authentication context). Ignored on {@link AccessPolicy#ANONYMOUS} routes.
     */
    boolean mfa() default false;
}
