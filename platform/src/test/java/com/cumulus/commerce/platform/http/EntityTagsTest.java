package com.cumulus.commerce.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void aTagTheStoreAlreadyQuotesIsQuotedOnce() {
        assertThat(EntityTags.quoted("\"87eb-0001\"")).isEqualTo("\"87eb-0001\"");
        assertThat(EntityTags.quoted("87eb-0001")).isEqualTo("\"87eb-0001\"");
    }

    @Test
    void theQuotedTagAClientSendsBackMatchesEitherForm() {
        assertThat(EntityTags.matchesStrongly("\"87eb-0001\"", "\"87eb-0001\"")).isTrue();
        assertThat(EntityTags.matchesStrongly("\"87eb-0001\"", "87eb-0001")).isTrue();
        assertThat(EntityTags.matchesStrongly("\"87eb-0002\", \"87eb-0001\"", "\"87eb-0001\"")).isTrue();
    }

    @Test
    void weakOrOtherTagsNeverMatchStrongly() {
        assertThat(EntityTags.matchesStrongly("W/\"87eb-0001\"", "87eb-0001")).isFalse();
        assertThat(EntityTags.matchesStrongly("\"87eb-0002\"", "\"87eb-0001\"")).isFalse();
        assertThat(EntityTags.matchesStrongly(null, "87eb-0001")).isFalse();
    }

    @Test
    void weakComparisonAlsoTakesWeakTagsAndAnyVersion() {
        assertThat(EntityTags.matches("W/\"87eb-0001\"", "87eb-0001")).isTrue();
        assertThat(EntityTags.matches("*", "87eb-0001")).isTrue();
        assertThat(EntityTags.matches("\"87eb-0002\"", "87eb-0001")).isFalse();
        assertThat(EntityTags.matches(" ", "87eb-0001")).isFalse();
    }
}
