package com.cumulus.commerce.devhost.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.devhost.architecture.sample.adapters.BreakingAdapter;
import com.cumulus.commerce.devhost.architecture.sample.functions.BreakingFunction;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The layering every function app keeps, checked once for all of them: devhost's class path holds every app, and
 * an app is found by the {@link FunctionInstanceInjector} each one registers, so an app added later is checked
 * without a copy of these rules. Inside an app: {@code model/} (domain), {@code application/} (use cases and
 * ports), {@code adapters/} (ports on platform ports) and {@code functions/} (the thin {@code @FunctionName}
 * classes).
 */
class FunctionAppsArchitectureTest {

    private static final String ROOT = "com.cumulus.commerce";
    private static final String[] INFRASTRUCTURE = {
        "com.microsoft.azure.functions..", "com.azure..", "org.eclipse.jetty..", "java.sql..", "javax.sql..",
        "org.sqlite..", "org.flywaydb..", "java.net.http.."};
    private static final String[] JDBC = {"java.sql..", "javax.sql..", "org.flywaydb..", "org.sqlite.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Each rule, for the app rooted at the given package. */
    private static final Map<String, Function<String, ArchRule>> RULES = Map.of(
            "model and application stay free of infrastructure", app -> noClasses()
                    .that().resideInAnyPackage(app + ".model..", app + ".application..")
                    .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE),
            "model knows nothing of JSON or outer layers", app -> noClasses()
                    .that().resideInAPackage(app + ".model..")
                    .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..",
                            app + ".application..", app + ".adapters..", app + ".functions.."),
            "application does not reach outward", app -> noClasses()
                    .that().resideInAPackage(app + ".application..")
                    .should().dependOnClassesThat().resideInAnyPackage(app + ".adapters..", app + ".functions..",
                            "com.fasterxml..", "com.cumulus.commerce.functions.support.."),
            "application never handles the stores' exceptions", app -> noClasses()
                    .that().resideInAPackage(app + ".application..")
                    .should().dependOnClassesThat().haveNameMatching(
                            "com\\.cumulus\\.commerce\\.platform\\.(documents|tables|messaging|ledger|streams"
                                    + "|cache|secrets|keys)\\..*Exception"),
            "adapters do not use the functions runtime", app -> noClasses()
                    .that().resideInAPackage(app + ".adapters..")
                    .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.azure.functions..",
                            app + ".functions..", "com.cumulus.commerce.functions.support.."),
            "functions never use adapters", app -> noClasses()
                    .that().resideInAPackage(app + ".functions..")
                    .should().dependOnClassesThat().resideInAPackage(app + ".adapters.."),
            "only adapters touch JDBC", app -> noClasses()
                    .that().resideInAPackage(app + "..")
                    .and().resideOutsideOfPackage(app + ".adapters..")
                    .should().dependOnClassesThat().resideInAnyPackage(JDBC));

    /** The root package of each function app: where its {@link FunctionInstanceInjector} lives. */
    static SortedSet<String> apps() {
        var apps = new TreeSet<String>();
        for (JavaClass type : CLASSES) {
            if (type.isAssignableTo(FunctionInstanceInjector.class) && !type.isInterface()
                    && !type.getModifiers().contains(JavaModifier.ABSTRACT)) {
                apps.add(type.getPackageName());
            }
        }
        return apps;
    }

    @Test
    void everyFunctionAppIsFound() {
        assertThat(apps()).contains(ROOT + ".catalog", ROOT + ".orders", ROOT + ".payments");
    }

    @TestFactory
    Stream<DynamicTest> everyAppKeepsItsLayers() {
        return apps().stream().flatMap(app -> RULES.entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(app.substring(ROOT.length() + 1) + ": " + rule.getKey(),
                        () -> rule.getValue().apply(app).check(CLASSES))));
    }

    @Test
    void theRulesCatchWhatTheyForbid() {
        var breaking = new ClassFileImporter().importClasses(List.of(BreakingAdapter.class, BreakingFunction.class));
        var app = getClass().getPackageName() + ".sample";
        assertThatThrownBy(() -> RULES.get("functions never use adapters").apply(app).check(breaking))
                .isInstanceOf(AssertionError.class);
    }
}
