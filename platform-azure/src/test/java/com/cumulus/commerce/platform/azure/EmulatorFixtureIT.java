package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class EmulatorFixtureIT {

    @Test
    void azuriteAnswersOnItsThreePortsAndIsGoneAfterClose() {
        EmulatorFixture process;
        try (var azurite = Emulators.azurite()) {
            process = azurite.process();
            for (int i = 0; i < 3; i++) {
                assertThat(answers(process.port(i))).as("port %d", i).isTrue();
            }
        }
        assertThat(process.isAlive()).isFalse();
        assertThat(answers(process.port(2))).isFalse();
        assertThat(Files.exists(process.log())).isTrue();
    }

    @Test
    void redisServerAnswersAndStopsOnSigterm() {
        EmulatorFixture redis;
        try (var started = Emulators.redisServer(null)) {
            redis = started;
            assertThat(answers(redis.port(0))).isTrue();
        }
        assertThat(redis.isAlive()).isFalse();
    }

    @Test
    void aMissingEmulatorFailsNamingBinTest() {
        assertThatThrownBy(() -> EmulatorFixture.npmExecutable("no-such-emulator"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("bin/test");
        assertThatThrownBy(() -> EmulatorFixture.systemExecutable("no-such-server", "no-such-package"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("bin/test")
                .hasMessageContaining("apt-get install -y no-such-package");
    }

    @Test
    void aProcessThatExitsBeforeItIsReadyFailsWithItsOutput() {
        int port = EmulatorFixture.freeLoopbackPort();
        assertThatThrownBy(() -> EmulatorFixture.command("sh", "-c", "echo broken config; exit 3").ports(port)
                        .start("broken"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("exited with 3")
                .hasMessageContaining("broken config");
    }

    private static boolean answers(int port) {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
