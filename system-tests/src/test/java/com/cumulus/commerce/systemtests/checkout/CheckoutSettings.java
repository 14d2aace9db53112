package com.cumulus.commerce.systemtests.checkout;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings for a devhost that runs the whole checkout: every app, the saga workflow, short saga time limits
 * so the timeout path ends within a test, and rate limits out of the way of the load a test makes.
 */
final class CheckoutSettings {

    static final String PAYMENT_RESULT_TIMEOUT = "PT6S";

    private CheckoutSettings() {
    }

    static Map<String, String> forDataDir(Path dataDir) {
        var settings = new HashMap<String, String>();
        settings.put("COMMERCE_DATA_DIR", dataDir.toString());
        settings.put("DEVHOST_OIDC_PORT", "0");
        settings.put("DEVHOST_SCAN_PACKAGES",
                "com.cumulus.commerce.catalog,com.cumulus.commerce.orders,com.cumulus.commerce.payments");
        settings.put("DEVHOST_LOG_INVOCATIONS", "false");
        settings.put("CATALOG_SEED_DEMO", "false");
        settings.put("RATE_LIMIT_PER_IP_PER_MINUTE", "10000000");
        settings.put("RATE_LIMIT_PER_CLIENT_PER_MINUTE", "10000000");
        settings.put("SAGA_PAYMENT_RESULT_TIMEOUT", PAYMENT_RESULT_TIMEOUT);
        settings.put("SAGA_PAYMENT_POLL_SECONDS", "1");
        settings.put("REFUND_APPROVAL_POLL_SECONDS", "1");
        settings.put("PAYMENTS_PSP_TIMEOUT_MS", "1000");
        settings.put("PAYMENTS_SIM_WEBHOOK_DELAY_MS", "200");
        return settings;
    }
}
