package com.catalog.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.catalog.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule never_depends_on_the_command_side = noClasses()
            .should().dependOnClassesThat().resideInAPackage("com.catalog.command..");

    @ArchTest
    static final ArchRule features_have_no_cycles = slices().matching("com.catalog.query.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule product_use_cases_have_no_cycles =
            slices().matching("com.catalog.query.product.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule product_use_cases_do_not_reach_into_each_other = noClasses()
            .that().resideInAPackage("com.catalog.query.product.details..")
            .should().dependOnClassesThat().resideInAPackage("com.catalog.query.product.search..");

    @ArchTest
    static final ArchRule categories_and_brands_do_not_reach_into_products = noClasses()
            .that().resideInAnyPackage("com.catalog.query.category..", "com.catalog.query.brand..")
            .should().dependOnClassesThat().resideInAPackage("com.catalog.query.product..");

    /** Replay works for any processing group by name: read models plug in through replay.ReadModelStore. */
    @ArchTest
    static final ArchRule replay_knows_no_projection = noClasses()
            .that().resideInAPackage("com.catalog.query.replay..")
            .should().dependOnClassesThat().resideInAnyPackage("com.catalog.query.product..",
                    "com.catalog.query.category..", "com.catalog.query.brand..", "com.catalog.query.audit..",
                    "com.catalog.query.projection..");
}
