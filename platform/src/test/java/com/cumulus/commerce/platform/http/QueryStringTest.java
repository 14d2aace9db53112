package com.cumulus.commerce.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.http.QueryString.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringTest {

    @Test
    void readsNamesAndValuesInOrderDecodingPercentEscapesAndPluses() {
        assertThat(QueryString.parse("limit=5&q=tea+light%20set&currency=%E2%82%AC&flag&empty="))
                .containsExactly(
                        new Parameter("limit", "5", true),
                        new Parameter("q", "tea light set", true),
                        new Parameter("currency", "\u20ac", true),
                        new Parameter("flag", "", true),
                        new Parameter("empty", "", true));
    }

    @Test
    void noQueryAndEmptyPairsHoldNoParameters() {
        assertThat(QueryString.parse(null)).isEmpty();
        assertThat(QueryString.parse("")).isEmpty();
        assertThat(QueryString.parse("&&a=1&")).containsExactly(new Parameter("a", "1", true));
    }

    /** The URL Standard keeps a {@code %} that starts no escape as it is: it is text, not an error. */
    @ParameterizedTest
    @ValueSource(strings = {"%zz", "%", "%4", "100%", "%%41"})
    void aPercentSignThatStartsNoEscapeIsKeptAsItIs(String raw) {
        var parameter = QueryString.parse("q=" + raw).get(0);

        assertThat(parameter.text()).isTrue();
        assertThat(parameter.value()).isEqualTo(raw.replace("%41", "A"));
    }

    /** Lone bytes, an overlong slash, a UTF-16 surrogate, a truncated sequence: bytes that are not UTF-8. */
    @ParameterizedTest
    @ValueSource(strings = {"%ff", "%C0%AF", "%ED%A0%80", "%E2%82", "caf%E9", "%80"})
    void escapesThatAreNotUtf8MarkTheParameterAsNotText(String raw) {
        var parameter = QueryString.parse("a=1&q=" + raw + "&b=2").get(1);

        assertThat(parameter.name()).isEqualTo("q");
        assertThat(parameter.text()).isFalse();
        assertThat(parameter.value()).contains("\ufffd");
    }

    @Test
    void aNameThatIsNotUtf8MarksTheParameterToo() {
        var parameter = QueryString.parse("%ff=1").get(0);

        assertThat(parameter.text()).isFalse();
        assertThat(parameter.name()).isEqualTo("\ufffd");
        assertThat(parameter.value()).isEqualTo("1");
    }

    @Test
    void anEncodedReplacementCharacterIsTextLikeAnyOther() {
        assertThat(QueryString.parse("q=%EF%BF%BD")).containsExactly(new Parameter("q", "\ufffd", true));
    }

    @Test
    void theFirstParameterThatIsNotTextIsFound() {
        assertThat(QueryString.firstNotText("limit=5&q=%ff&x=%fe")).hasValueSatisfying(p -> assertThat(p.name())
                .isEqualTo("q"));
        assertThat(QueryString.firstNotText("limit=5&q=%zz")).isEmpty();
    }
}
