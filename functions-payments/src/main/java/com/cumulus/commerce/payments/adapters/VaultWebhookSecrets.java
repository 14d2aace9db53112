package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.WebhookSecrets;
import com.cumulus.commerce.platform.secrets.Secrets;
import java.util.ArrayList;
import java.util.List;

/**
 * The webhook secrets from Key Vault, read on every verification so a rotation applies without a restart:
 * {@code payments-webhook-secret} and, while a rotation runs, {@code payments-webhook-secret-previous}.
 */
final class VaultWebhookSecrets implements WebhookSecrets {

    static final String CURRENT = "payments-webhook-secret";
    static final String PREVIOUS = "payments-webhook-secret-previous";

    private final Secrets secrets;

    VaultWebhookSecrets(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public List<String> verificationSecrets() {
        var list = new ArrayList<String>(2);
        secrets.get(CURRENT).ifPresent(list::add);
        secrets.get(PREVIOUS).ifPresent(list::add);
        return list;
    }
}
