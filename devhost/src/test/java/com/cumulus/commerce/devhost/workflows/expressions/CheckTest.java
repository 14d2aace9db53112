package com.cumulus.commerce.devhost.workflows.expressions;

import static com.cumulus.commerce.devhost.workflows.expressions.MapScope.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check, functionsUsed and actionsReferenced: what the engine learns from a definition without running it. */
class CheckTest {

    private static JsonNode definition() {
        ObjectNode inputs = Values.object();
        inputs.put("total", "@add(body('Get_order')?['total'], outputs('Shipping')['cost'])");
        inputs.put("note", "Order @{actions('Get_order')['name']} in @{variables('currency')}");
        inputs.set("lines", Values.array().add("@items('Loop')"));
        inputs.put("dynamic", "@body(variables('step'))");
        inputs.put("scope", "@result('Try_charge')");
        return inputs;
    }

    @Test
    void validDefinitionHasNoProblems() {
        List<String> problems = new ArrayList<>();

        WorkflowExpressions.check(definition(), "actions.Compose", problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void checkReportsEveryBadExpressionWithWhereAndPath() {
        ObjectNode inputs = Values.object();
        inputs.put("a", "@concat('x'");
        inputs.put("b", "@frobnicate()");
        inputs.set("c", json("['ok', '@{substring(1)}']"));
        inputs.put("d", "@@frobnicate(");
        List<String> problems = new ArrayList<>();

        WorkflowExpressions.check(inputs, "actions.Compose.inputs", problems);

        assertThat(problems).hasSize(3);
        assertThat(problems).allSatisfy(problem -> assertThat(problem).startsWith("actions.Compose.inputs: "));
        assertThat(problems.get(0)).contains("at /a").contains("not closed with ')'");
        assertThat(problems.get(1)).contains("at /b").contains("'frobnicate' is not defined");
        assertThat(problems.get(2)).contains("at /c/1").contains("'substring' expects between 2 and 3 parameters");
    }

    @Test
    void checkDoesNotEvaluate() {
        List<String> problems = new ArrayList<>();

        WorkflowExpressions.check(Values.array().add("@body('Never_ran')['missing']").add("@div(1, 0)"), "t", problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void checkLooksAtObjectKeysToo() {
        ObjectNode inputs = Values.object();
        inputs.put("@{nope()}", "value");
        List<String> problems = new ArrayList<>();

        WorkflowExpressions.check(inputs, "where", problems);

        assertThat(problems).singleElement().asString().contains("'nope' is not defined");
    }

    @Test
    void functionsUsedListsCanonicalNames() {
        assertThat(WorkflowExpressions.functionsUsed(definition()))
                .containsExactlyInAnyOrder("add", "body", "outputs", "actions", "variables", "items", "result");
    }

    @Test
    void actionsReferencedOnlyCountsLiteralNames() {
        assertThat(WorkflowExpressions.actionsReferenced(definition())).containsExactlyInAnyOrder("Get_order", "Shipping", "Try_charge");
    }

    @Test
    void actionReferencesAreFoundWhateverTheCase() {
        ObjectNode inputs = Values.object();
        inputs.put("x", "@{ACTIONBODY('A')} @{actionOutputs('B')} @{Body('C')}");

        assertThat(WorkflowExpressions.actionsReferenced(inputs)).containsExactlyInAnyOrder("A", "B", "C");
    }
}
