package dev.tifa.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Dependencies point inward: the analysis core knows nothing of the CLI, the web or the database. */
class LayersTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tifa");

    @Test
    void modelImportsNothingOfTifa() {
        noClasses().that().resideInAPackage("dev.tifa.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tifa.text..", "dev.tifa.glossary..", "dev.tifa.analysis..",
                        "dev.tifa.store..", "dev.tifa.ingest..", "dev.tifa.app..", "dev.tifa.cli..", "dev.tifa.web..")
                .check(classes);
    }

    @Test
    void coreKnowsNothingOfStorageOrFaces() {
        noClasses().that().resideInAnyPackage("dev.tifa.text..", "dev.tifa.glossary..", "dev.tifa.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tifa.store..", "dev.tifa.ingest..", "dev.tifa.app..",
                        "dev.tifa.cli..", "dev.tifa.web..", "java.sql..")
                .check(classes);
    }

    @Test
    void servicesKnowNothingOfTheFaces() {
        noClasses().that().resideInAnyPackage("dev.tifa.app..", "dev.tifa.commentary..", "dev.tifa.store..", "dev.tifa.ingest..", "dev.tifa.index..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.tifa.cli..", "dev.tifa.web..")
                .check(classes);
    }

    @Test
    void theWebDoesNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("dev.tifa.web..")
                .should().dependOnClassesThat().resideInAPackage("dev.tifa.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
