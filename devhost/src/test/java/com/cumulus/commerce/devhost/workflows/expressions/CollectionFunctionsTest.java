package com.cumulus.commerce.devhost.workflows.expressions;

import static com.cumulus.commerce.devhost.workflows.expressions.MapScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CollectionFunctionsTest {

    private final MapScope scope = new MapScope();

    private boolean bool(String expression) {
        return scope.eval(expression).booleanValue();
    }

    @Test
    void containsSearchesStringsArraysAndObjectKeys() {
        assertThat(bool("@contains('hello world', 'world')")).isTrue();
        assertThat(bool("@contains('hello world', 'World')")).isFalse();
        assertThat(bool("@contains(createArray(1, 2, 3), 2.0)")).isTrue();
        assertThat(bool("@contains(triggerBody()['order'], 'lines')")).isTrue();
        assertThat(bool("@contains(triggerBody()['order'], 'sku')")).isFalse();
    }

    @Test
    void containsOnNullIsATypeError() {
        assertThatThrownBy(() -> scope.eval("@contains(triggerBody()?['note'], 'x')")).hasMessageContaining("of type 'Null'");
    }

    @Test
    void emptyIsTrueForNullAndEmptyCollections() {
        assertThat(bool("@empty('')")).isTrue();
        assertThat(bool("@empty(triggerBody()?['note'])")).isTrue();
        assertThat(bool("@empty(json('{}'))")).isTrue();
        assertThat(bool("@empty(createArray(0))")).isFalse();
    }

    @Test
    void firstAndLastOfArraysAndStrings() {
        assertThat(scope.eval("@first(triggerBody()['order']['lines'])['sku']").textValue()).isEqualTo("A1");
        assertThat(scope.eval("@last('abc')").textValue()).isEqualTo("c");
        assertThat(scope.eval("@first(json('[]'))").isNull()).isTrue();
    }

    @Test
    void joinWritesItemsWithTheDelimiter() {
        assertThat(scope.eval("@join(createArray('a', 1, true), '; ')").textValue()).isEqualTo("a; 1; True");
    }

    @Test
    void unionKeepsDistinctItemsInOrder() {
        assertThat(scope.eval("@union(createArray(1, 2), createArray(2, 3), createArray(1))")).isEqualTo(json("[1,2,3]"));
        assertThat(scope.eval("@union(json('{\"a\":1,\"b\":1}'), json('{\"b\":2}'))")).isEqualTo(json("{'a':1,'b':2}"));
    }

    @Test
    void intersectionKeepsItemsInEveryCollection() {
        assertThat(scope.eval("@intersection(createArray(1, 2, 3), createArray(3, 2), createArray(2, 3, 4))")).isEqualTo(json("[2,3]"));
        assertThat(scope.eval("@intersection(json('{\"a\":1,\"b\":1}'), json('{\"a\":1,\"b\":2}'))")).isEqualTo(json("{'a':1}"));
    }

    @Test
    void unionOfAnArrayAndAnObjectIsATypeError() {
        assertThatThrownBy(() -> scope.eval("@union(createArray(1), json('{}'))")).hasMessageContaining("an array");
    }

    @Test
    void skipAndTakeSliceArrays() {
        assertThat(scope.eval("@skip(createArray(1, 2, 3), 1)")).isEqualTo(json("[2,3]"));
        assertThat(scope.eval("@take(createArray(1, 2, 3), 5)")).isEqualTo(json("[1,2,3]"));
        assertThat(scope.eval("@take('abcdef', 3)").textValue()).isEqualTo("abc");
        assertThatThrownBy(() -> scope.eval("@skip(createArray(1), -1)")).hasMessageContaining("non-negative");
    }

    @Test
    void arrayAndRangeBuildArrays() {
        assertThat(scope.eval("@array('x')")).isEqualTo(json("['x']"));
        assertThat(scope.eval("@range(3, 4)")).isEqualTo(json("[3,4,5,6]"));
        assertThat(scope.eval("@reverse(range(1, 3))")).isEqualTo(json("[3,2,1]"));
    }

    @Test
    void sortOrdersNumbersStringsAndObjectsByKey() {
        assertThat(scope.eval("@sort(createArray(3, 1.5, 2))")).isEqualTo(json("[1.5,2,3]"));
        assertThat(scope.eval("@sort(triggerBody()['order']['lines'], 'qty')[0]['sku']").textValue()).isEqualTo("B2");
        assertThatThrownBy(() -> scope.eval("@sort(createArray(1, 'a'))")).hasMessageContaining("all numbers or all strings");
    }
}
