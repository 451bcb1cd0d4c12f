package com.catalog.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.catalog.command", importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_write_side_never_depends_on_the_read_side = noClasses()
            .that().resideInAPackage("com.catalog.command..")
            .should().dependOnClassesThat().resideInAPackage("com.catalog.query..");

    @ArchTest
    static final ArchRule features_have_no_dependency_cycles = slices()
            .matching("com.catalog.command.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule categories_and_brands_do_not_reach_into_products = noClasses()
            .that().resideInAnyPackage("com.catalog.command.category..", "com.catalog.command.brand..")
            .should().dependOnClassesThat().resideInAPackage("com.catalog.command.product..");

    @ArchTest
    static final ArchRule the_domain_knows_nothing_of_the_web = noClasses()
            .that().resideInAPackage("com.catalog.command.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..");
}
