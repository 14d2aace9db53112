package com.cumulus.commerce.systemtests.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * One devhost for each security test class, started before its first test and stopped after its last, with the
 * class's own {@link Settings} laid over {@link SecurityFixture}'s defaults. The fields are static because
 * JUnit starts and stops per class; the classes run one after another, each with its own data directory.
 */
abstract class SecuritySuite {

    @TempDir
    static Path dataDir;

    static SecurityFixture devhost;

    /** Settings of the test class over the fixture's defaults, each as {@code NAME=value}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Settings {
        String[] value();
    }

    @BeforeAll
    static void startDevhost(TestInfo test) {
        devhost = SecurityFixture.start(dataDir, settingsOf(test.getTestClass().orElseThrow()));
    }

    @AfterAll
    static void stopDevhost() {
        if (devhost != null) {
            devhost.close();
            devhost = null;
        }
    }

    private static Map<String, String> settingsOf(Class<?> testClass) {
        var settings = new TreeMap<String, String>();
        var declared = testClass.getAnnotation(Settings.class);
        if (declared != null) {
            for (String setting : declared.value()) {
                int eq = setting.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException("'setting' must be NAME=value: " + setting);
                }
                settings.put(setting.substring(0, eq), setting.substring(eq + 1));
            }
        }
        return settings;
    }
}
