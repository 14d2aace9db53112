package com.cumulus.commerce.payments.application;

import java.util.List;

/** The secrets a PSP webhook may be signed with: the current one, and the previous one during a rotation. */
@FunctionalInterface
public interface WebhookSecrets {

    List<String> verificationSecrets();
}
