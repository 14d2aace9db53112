package com.cumulus.commerce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessInstanceTest {

    @Test
    void theSoleUserOfItsStoresKnowsEveryOtherHolderIsGone() {
        var instance = ProcessInstance.started(true);

        assertThat(instance.mayStillRun(instance.id())).isTrue();
        assertThat(instance.mayStillRun("an-earlier-start")).isFalse();
        assertThat(instance.mayStillRun(null)).as("a claim that names no holder cannot tell").isTrue();
    }

    @Test
    void oneOfManyInstancesCannotTell() {
        var instance = ProcessInstance.started(false);

        assertThat(instance.mayStillRun(instance.id())).isTrue();
        assertThat(instance.mayStillRun("another-instance")).isTrue();
        assertThat(instance.mayStillRun(null)).isTrue();
    }

    @Test
    void everyStartHasItsOwnId() {
        assertThat(ProcessInstance.started(true).id()).isNotEqualTo(ProcessInstance.started(true).id());
    }
}
