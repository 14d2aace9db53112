package com.cumulus.commerce.devhost.workflows.expressions;

import static com.cumulus.commerce.devhost.workflows.expressions.MapScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class ObjectAndWorkflowFunctionsTest {

    private final MapScope scope = new MapScope();

    @Test
    void setPropertyReturnsAChangedCopy() {
        scope.variables.put("order", json("{'id':'o-1'}"));

        assertThat(scope.eval("@setProperty(variables('order'), 'status', 'paid')")).isEqualTo(json("{'id':'o-1','status':'paid'}"));
        assertThat(scope.variables.get("order")).isEqualTo(json("{'id':'o-1'}"));
    }

    @Test
    void addPropertyRefusesAnExistingProperty() {
        assertThat(scope.eval("@addProperty(json('{}'), 'a', 1)")).isEqualTo(json("{'a':1}"));
        assertThatThrownBy(() -> scope.eval("@addProperty(json('{\"a\":1}'), 'a', 2)")).hasMessageContaining("'a' because it already exists");
    }

    @Test
    void removePropertyDropsTheProperty() {
        assertThat(scope.eval("@removeProperty(json('{\"a\":1,\"b\":2}'), 'a')")).isEqualTo(json("{'b':2}"));
        assertThatThrownBy(() -> scope.eval("@removeProperty('text', 'a')")).hasMessageContaining("to be an object");
    }

    @Test
    void triggerFunctionsReadTheTriggerRecord() {
        assertThat(scope.eval("@trigger()['name']").textValue()).isEqualTo("manual");
        assertThat(scope.eval("@triggerOutputs()['headers']['x-id']").textValue()).isEqualTo("7");
        assertThat(scope.eval("@triggerBody()['order']['lines'][1]['qty']").longValue()).isEqualTo(1);
    }

    @Test
    void actionFunctionsReadOutputsAndBody() {
        scope.actions.put("Get_order", json("{'name':'Get_order','status':'Succeeded','outputs':{'statusCode':200,'body':{'total':12.5}}}"));

        assertThat(scope.eval("@actions('Get_order')['status']").textValue()).isEqualTo("Succeeded");
        assertThat(scope.eval("@outputs('Get_order')['statusCode']").longValue()).isEqualTo(200);
        assertThat(scope.eval("@body('Get_order')['total']").doubleValue()).isEqualTo(12.5);
        assertThat(scope.eval("@actionBody('Get_order')")).isEqualTo(scope.eval("@actionOutputs('Get_order')['body']"));
    }

    @Test
    void bodyOfAnActionWithoutOutputsIsNull() {
        scope.actions.put("Delay", json("{'name':'Delay','status':'Succeeded'}"));

        assertThat(scope.eval("@body('Delay')").isNull()).isTrue();
    }

    @Test
    void parametersVariablesAndAppSettings() {
        scope.parameters.put("currency", TextNode.valueOf("EUR"));
        scope.variables.put("count", LongNode.valueOf(3));
        scope.settings.put("ServiceBusNamespace", "sb-local");

        assertThat(scope.eval("@{parameters('currency')} x@{variables('count')} @{appsetting('ServiceBusNamespace')}").textValue())
                .isEqualTo("EUR x3 sb-local");
        assertThatThrownBy(() -> scope.eval("@variables('missing')")).hasMessageContaining("because the variable 'missing' is not initialized.");
    }

    @Test
    void loopFunctionsReadItemsAndIndexes() {
        scope.innermostItem = json("{'sku':'A1'}");
        scope.items.put("For_each_line", json("{'sku':'B2'}"));
        scope.indexes.put("Until_paid", LongNode.valueOf(4));

        assertThat(scope.eval("@item()['sku']").textValue()).isEqualTo("A1");
        assertThat(scope.eval("@items('For_each_line')?['sku']").textValue()).isEqualTo("B2");
        assertThat(scope.eval("@iterationIndexes('Until_paid')").longValue()).isEqualTo(4);
    }

    @Test
    void resultAndWorkflowComeFromTheScope() {
        scope.results.put("Try", json("[{'name':'Charge','status':'Failed'}]"));

        assertThat(scope.eval("@first(result('Try'))['status']").textValue()).isEqualTo("Failed");
        assertThat(scope.eval("@workflow()['run']['name']").textValue()).isEqualTo("run-1");
    }

    @Test
    void actionWithoutArgumentsIsReportedAsUnsupported() {
        assertThatThrownBy(() -> scope.eval("@action()")).hasMessageContaining("'action'").hasMessageContaining("not support");
    }

    @Test
    void supportedFunctionsListsEveryFamily() {
        assertThat(WorkflowExpressions.supportedFunctions())
                .contains("concat", "contains", "equals", "json", "add", "utcNow", "setProperty", "triggerBody", "appsetting", "formatDateTime")
                .hasSizeGreaterThan(90);
    }
}
