package com.catalog.events.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** shared-events is the vocabulary both apps and outside subscribers depend on: it must stay plain Java. */
class SharedEventsBoundaryTest {

    private final JavaClasses shared = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.catalog.events");

    @Test
    void sharedEventsDependOnNeitherSpringNorJpaNorTheApps() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..",
                        "org.hibernate..", "com.catalog.command..", "com.catalog.query..")
                .check(shared);
    }

    @Test
    void storedDomainEventsAreRecordsWithARevision() {
        classes().that().resideInAPackage("com.catalog.events..")
                .and().resideOutsideOfPackages("com.catalog.events.integration..", "com.catalog.events.value..")
                .and().haveSimpleNameEndingWith("Event")
                .and().areNotInterfaces()
                .should().beRecords()
                .andShould().beAnnotatedWith(Revision.class)
                .check(shared);
    }

    @Test
    void integrationEventsAreRecordsNamedAsSuch() {
        classes().that().resideInAPackage("com.catalog.events.integration")
                .and().haveSimpleNameEndingWith("Event")
                .should().haveSimpleNameEndingWith("IntegrationEvent")
                .andShould().beRecords()
                .check(shared);
    }
}
