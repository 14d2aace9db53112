package com.cumulus.commerce.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.cumulus.commerce.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class CatalogArchitectureTest {

    private static final String[] INFRASTRUCTURE = {
        "com.microsoft.azure.functions..", "com.azure..", "org.eclipse.jetty..", "java.sql..", "org.sqlite.."};

    @ArchTest
    static final ArchRule modelAndApplicationStayFreeOfInfrastructure = noClasses()
            .that().resideInAnyPackage("..catalog.model..", "..catalog.application..")
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule modelKnowsNothingOfJsonOrOuterLayers = noClasses()
            .that().resideInAPackage("..catalog.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..",
                    "..catalog.application..", "..catalog.adapters..", "..catalog.functions..");

    @ArchTest
    static final ArchRule applicationDoesNotReachOutward = noClasses()
            .that().resideInAPackage("..catalog.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..catalog.adapters..", "..catalog.functions..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule adaptersDoNotUseTheFunctionsRuntime = noClasses()
            .that().resideInAPackage("..catalog.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.azure.functions..",
                    "..catalog.functions..");
}
