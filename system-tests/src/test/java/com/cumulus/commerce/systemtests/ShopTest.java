package com.cumulus.commerce.systemtests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against the whole shop in devhost: {@link ShopHostExtension} hands its
 * {@code @BeforeAll}, {@code @Test} and {@code @AfterAll} methods a started {@link ShopHost}. Classes that declare
 * the same shop here share one host, one class after another; a class that needs its own settings, apps or
 * workflows says so here and never starts devhost itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ExtendWith(ShopHostExtension.class)
public @interface ShopTest {

    /** The apps devhost runs, by package under {@code com.cumulus.commerce}. */
    String[] apps() default {"catalog", "orders", "payments"};

    /** Whether devhost runs the Logic Apps workflows (checkout saga, refund approval) from {@code logic-apps/}. */
    boolean workflows() default true;

    /**
     * Start from the settings {@code bin/devhost} starts with ({@code local.settings.sample.json}) instead of the
     * test defaults (short saga time limits, rate limits out of the way); the port, data folder, apps, workflows
     * and devhost's own {@code DEVHOST_*} wiring are still the fixture's.
     */
    boolean sampleSettings() default false;

    /** Settings laid over {@link ShopSettings}' defaults, each {@code NAME=value}; only names it has a default for. */
    String[] settings() default {};

    /**
     * A host no other class has used: for a class that counts what the whole shop holds (every product, every
     * entry in the ledger). Later classes with the same shop may share it.
     */
    boolean freshHost() default false;
}
