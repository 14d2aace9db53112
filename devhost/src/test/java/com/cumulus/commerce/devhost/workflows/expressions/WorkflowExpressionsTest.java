package com.cumulus.commerce.devhost.workflows.expressions;

import static com.cumulus.commerce.devhost.workflows.expressions.MapScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** Templates, literals and property access. */
class WorkflowExpressionsTest {

    private final MapScope scope = new MapScope();

    @Test
    void wholeExpressionKeepsItsJsonType() {
        JsonNode body = scope.eval("@triggerBody()");

        assertThat(body.isObject()).isTrue();
        assertThat(body.at("/order/id").textValue()).isEqualTo("o-1");
        assertThat(scope.eval("@add(1, 2)").isLong()).isTrue();
    }

    @Test
    void interpolationWithSeveralSegmentsBuildsOneString() {
        assertThat(scope.eval("Order @{triggerBody()?['order']?['id']} has @{length(triggerBody()['order']['lines'])} lines").textValue())
                .isEqualTo("Order o-1 has 2 lines");
    }

    @Test
    void interpolationWritesObjectsAsJsonAndNullAsNothing() {
        assertThat(scope.eval("line=@{triggerBody()['order']['lines'][1]};note=@{triggerBody()?['note']}").textValue())
                .isEqualTo("line={\"sku\":\"B2\",\"qty\":1};note=");
    }

    @Test
    void stringThatIsOnlyOneInterpolationIsAString() {
        JsonNode result = scope.eval("@{add(40, 2)}");

        assertThat(result.isTextual()).isTrue();
        assertThat(result.textValue()).isEqualTo("42");
    }

    @Test
    void interpolatedBooleansReadTheWayLogicAppsWritesThem() {
        assertThat(scope.eval("flag=@{equals(1, 1)}").textValue()).isEqualTo("flag=True");
    }

    @Test
    void leadingDoubleAtIsALiteralAt() {
        assertThat(scope.eval("@@triggerBody()").textValue()).isEqualTo("@triggerBody()");
        assertThat(scope.eval("@@{not evaluated}").textValue()).isEqualTo("@{not evaluated}");
    }

    @Test
    void atSignInsideTextIsNotAnExpression() {
        assertThat(scope.eval("orders@example.com").textValue()).isEqualTo("orders@example.com");
    }

    @Test
    void bracesInsideQuotedStringsDoNotCloseTheSegment() {
        assertThat(scope.eval("x@{concat('{', '}')}y").textValue()).isEqualTo("x{}y");
    }

    @Test
    void quotesAreEscapedByDoublingThem() {
        assertThat(scope.eval("@concat('it''s', ' ''ok''')").textValue()).isEqualTo("it's 'ok'");
    }

    @Test
    void whitespaceAroundTokensIsIgnored() {
        assertThat(scope.eval("@  add ( 1 ,\n 2 )  ").longValue()).isEqualTo(3);
        assertThat(scope.eval("a@{ add(1,2) }b").textValue()).isEqualTo("a3b");
    }

    @Test
    void nestedCallsEvaluateInsideOut() {
        assertThat(scope.eval("@toUpper(substring(concat('ab', toLower('CD')), 1, 2))").textValue()).isEqualTo("BC");
    }

    @Test
    void literalsHaveTheirJsonTypes() {
        assertThat(scope.eval("@true").booleanValue()).isTrue();
        assertThat(scope.eval("@null").isNull()).isTrue();
        assertThat(scope.eval("@-12").longValue()).isEqualTo(-12);
        assertThat(scope.eval("@-1.5").doubleValue()).isEqualTo(-1.5);
        assertThat(scope.eval("@createArray(1, 2.5)").get(1).isDouble()).isTrue();
    }

    @Test
    void functionNamesAreCaseInsensitive() {
        assertThat(scope.eval("@TRIGGERBODY()['order']['id']").textValue()).isEqualTo("o-1");
        assertThat(scope.eval("@ToLower('ABC')").textValue()).isEqualTo("abc");
    }

    @Test
    void chainedAccessReachesIntoArrays() {
        assertThat(scope.eval("@triggerBody()?['order']?['lines'][0]['sku']").textValue()).isEqualTo("A1");
        assertThat(scope.eval("@triggerBody().order.lines[1].qty").longValue()).isEqualTo(1);
    }

    @Test
    void accessKeyMayBeAnExpression() {
        scope.variables.put("field", TextNode.valueOf("sku"));

        assertThat(scope.eval("@triggerBody()['order']['lines'][sub(2, 1)][variables('field')]").textValue()).isEqualTo("B2");
    }

    @Test
    void nullSafeAccessToAMissingPropertyGivesNull() {
        assertThat(scope.eval("@triggerBody()?['customer']?['email']").isNull()).isTrue();
    }

    @Test
    void nullSafeAccessOnNullGivesNull() {
        assertThat(scope.eval("@triggerBody()?['note']?['text']").isNull()).isTrue();
    }

    @Test
    void missingPropertyWithoutNullSafetyNamesTheProperty() {
        assertThatThrownBy(() -> scope.eval("@triggerBody()['customer']"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("triggerBody()['customer']")
                .hasMessageContaining("property 'customer' doesn't exist")
                .hasMessageContaining("available properties are 'order, note'");
    }

    @Test
    void selectingFromNullWithoutNullSafetyFails() {
        assertThatThrownBy(() -> scope.eval("@triggerBody()['note']['text']"))
                .hasMessageContaining("property 'text' cannot be selected")
                .hasMessageContaining("'Null'");
    }

    @Test
    void arrayIndexOutOfBoundsFails() {
        assertThatThrownBy(() -> scope.eval("@triggerBody()['order']['lines'][5]"))
                .hasMessageContaining("array index '5' is outside bounds (0, 1)");
    }

    @Test
    void selectingAPropertyOfAStringFails() {
        assertThatThrownBy(() -> scope.eval("@triggerBody()['order']['id']['x']"))
                .hasMessageContaining("values of type 'String'");
    }

    @Test
    void objectsAndArraysAreEvaluatedMemberByMemberIncludingKeys() {
        scope.variables.put("key", TextNode.valueOf("orderId"));
        ObjectNode definition = Values.object();
        definition.put("@{variables('key')}", "@triggerBody()['order']['id']");
        definition.set("list", json("['@add(1,1)', 3, true]"));
        definition.put("plain", "text");

        JsonNode result = WorkflowExpressions.evaluate(definition, scope);

        assertThat(result).isEqualTo(json("{'orderId':'o-1','list':[2,3,true],'plain':'text'}"));
    }

    @Test
    void nonStringValuesAreReturnedUnchanged() {
        IntNode seven = IntNode.valueOf(7);

        assertThat(WorkflowExpressions.evaluate(seven, scope)).isSameAs(seven);
    }

    @Test
    void unknownFunctionIsRejectedWithItsName() {
        assertThatThrownBy(() -> scope.eval("@frobnicate(1)"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("'frobnicate(1)'")
                .hasMessageContaining("'frobnicate' is not defined");
    }

    @Test
    void wrongArgumentCountIsRejected() {
        assertThatThrownBy(() -> scope.eval("@substring('abc')"))
                .hasMessageContaining("'substring' expects between 2 and 3 parameters but was given 1");
        assertThatThrownBy(() -> scope.eval("@utcNow('o', 'x')"))
                .hasMessageContaining("'utcNow' expects between 0 and 1 parameters but was given 2");
    }

    @Test
    void syntaxErrorsNameTheExpressionAndPosition() {
        assertThatThrownBy(() -> scope.eval("@concat('a', 'b'"))
                .hasMessageContaining("'concat('a', 'b''")
                .hasMessageContaining("not closed with ')'");
        assertThatThrownBy(() -> scope.eval("@concat('a)")).hasMessageContaining("string literal is not closed");
        assertThatThrownBy(() -> scope.eval("@add(1, 2) x")).hasMessageContaining("unexpected 'x' at position 11");
        assertThatThrownBy(() -> scope.eval("a @{add(1, 2)")).hasMessageContaining("not closed with '}'");
    }

    @Test
    void typeErrorsNameTheFunctionAndTheProvidedType() {
        assertThatThrownBy(() -> scope.eval("@toLower(5)"))
                .hasMessageContaining("'toLower(5)'")
                .hasMessageContaining("function 'toLower' expects its parameter to be a string. The provided value is of type 'Integer'");
    }

    @Test
    void errorsFromTheScopeNameTheExpression() {
        assertThatThrownBy(() -> scope.eval("total: @{body('Compute_total')}"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("'body('Compute_total')'")
                .hasMessageContaining("cannot be evaluated because the action 'Compute_total' has not run yet.")
                .satisfies(e -> assertThat(((ExpressionException) e).expression()).isEqualTo("body('Compute_total')"));
    }

    @Test
    void errorMessagesCarryNoJavaDetails() {
        assertThatThrownBy(() -> scope.eval("@div(1, 0)"))
                .hasMessageContaining("divide by zero")
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("java.");
    }

    @Test
    void parsedTemplatesAreCachedByText() {
        assertThat(Templates.compile("@add(1, 2)")).isSameAs(Templates.compile("@add(1, 2)"));
    }
}
