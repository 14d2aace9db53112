package com.cumulus.commerce.orders;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.cumulus.commerce.orders", importOptions = ImportOption.DoNotIncludeTests.class)
class OrdersArchitectureTest {

    private static final String[] INFRASTRUCTURE = {
        "com.microsoft.azure.functions..", "com.azure..", "org.eclipse.jetty..", "java.sql..", "org.sqlite.."};

    @ArchTest
    static final ArchRule modelAndApplicationStayFreeOfInfrastructure = noClasses()
            .that().resideInAnyPackage("..orders.model..", "..orders.application..")
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule modelKnowsNothingOfJsonOrOuterLayers = noClasses()
            .that().resideInAPackage("..orders.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..",
                    "..orders.application..", "..orders.adapters..", "..orders.functions..");

    @ArchTest
    static final ArchRule applicationDoesNotReachOutward = noClasses()
            .that().resideInAPackage("..orders.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..orders.adapters..", "..orders.functions..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule adaptersDoNotUseTheFunctionsRuntime = noClasses()
            .that().resideInAPackage("..orders.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.azure.functions..",
                    "..orders.functions..");
}
