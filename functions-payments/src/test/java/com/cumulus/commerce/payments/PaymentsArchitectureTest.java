package com.cumulus.commerce.payments;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.cumulus.commerce.payments", importOptions = ImportOption.DoNotIncludeTests.class)
class PaymentsArchitectureTest {

    private static final String[] INFRASTRUCTURE = {
        "com.microsoft.azure.functions..", "com.azure..", "org.eclipse.jetty..", "java.sql..", "javax.sql..",
        "org.sqlite..", "org.flywaydb..", "java.net.http.."};

    @ArchTest
    static final ArchRule modelAndApplicationStayFreeOfInfrastructure = noClasses()
            .that().resideInAnyPackage("..payments.model..", "..payments.application..")
            .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule modelKnowsNothingOfJsonOrOuterLayers = noClasses()
            .that().resideInAPackage("..payments.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..",
                    "..payments.application..", "..payments.adapters..", "..payments.functions..");

    @ArchTest
    static final ArchRule applicationDoesNotReachOutward = noClasses()
            .that().resideInAPackage("..payments.application..")
            .should().dependOnClassesThat().resideInAnyPackage("..payments.adapters..", "..payments.functions..",
                    "com.fasterxml..");

    @ArchTest
    static final ArchRule adaptersDoNotUseTheFunctionsRuntime = noClasses()
            .that().resideInAPackage("..payments.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.azure.functions..",
                    "..payments.functions..");

    @ArchTest
    static final ArchRule onlyAdaptersTouchJdbc = noClasses()
            .that().resideOutsideOfPackage("..payments.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                    "org.sqlite..");
}
