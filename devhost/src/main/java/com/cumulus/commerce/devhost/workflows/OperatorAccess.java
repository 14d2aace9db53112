package com.cumulus.commerce.devhost.workflows;

import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import java.lang.annotation.Annotation;

/** {@code @Access(AccessPolicy.OPERATOR)} for the ops routes, which are devhost's own and not functions. */
final class OperatorAccess implements Access {

    static final Access INSTANCE = new OperatorAccess();

    @Override
    public AccessPolicy value() {
        return AccessPolicy.OPERATOR;
    }

    @Override
    public boolean mfa() {
        return false;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Access.class;
    }
}
