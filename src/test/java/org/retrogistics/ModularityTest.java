package org.retrogistics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module map of DESIGN.md section 3, enforced: a forbidden dependency fails the build. */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(RetrogisticsApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.retrogistics");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains(
                        "shared",
                        "catalog",
                        "orders",
                        "returns",
                        "custody",
                        "access",
                        "receiving",
                        "inspection",
                        "disposition",
                        "workshop",
                        "transport",
                        "refunds",
                        "resale",
                        "recycling",
                        "analytics",
                        "recalls",
                        "integration",
                        "web",
                        "demo");
        MODULES.verify();
    }

    @Test
    void dependenciesRunOneWay() {
        noClasses()
                .that()
                .resideInAnyPackage("org.retrogistics.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.retrogistics.catalog..",
                        "org.retrogistics.orders..",
                        "org.retrogistics.returns..",
                        "org.retrogistics.custody..",
                        "org.retrogistics.access..",
                        "org.retrogistics.web..",
                        "org.springframework..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackage("org.retrogistics.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.retrogistics.web..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage("org.retrogistics.catalog..", "org.retrogistics.orders..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.retrogistics.returns..", "org.retrogistics.custody..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.retrogistics.custody..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.retrogistics.returns..", "org.retrogistics.orders..")
                .check(CLASSES);
    }

    @Test
    void sharedValueTypesRenderNothing() {
        // money, GS1 identifiers and the other value types carry no PDF or barcode library; printing a label is
        // LabelPage's job alone, a renderer kept apart from the values it prints
        noClasses()
                .that()
                .resideInAPackage("org.retrogistics.shared..")
                .and()
                .doNotHaveSimpleName("LabelPage")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.pdfbox..", "com.google.zxing..", "com.lowagie..", "com.openhtmltopdf..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnAnalytics() {
        // analytics holds read models fed by events: modules publish, they never read it; its console pages are its
        // own (analytics.pages), so web does not read it either (DESIGN.md)
        noClasses()
                .that()
                .resideOutsideOfPackage("org.retrogistics.analytics..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.retrogistics.analytics..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWebLayerDependsOnIntegration() {
        // integration is the outer edge: it listens to the other modules' public events and sends them out; no
        // business module may come to depend on it (DESIGN.md, ADR 0027)
        noClasses()
                .that()
                .resideOutsideOfPackages("org.retrogistics.integration..", "org.retrogistics.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.retrogistics.integration..")
                .check(CLASSES);
    }

    @Test
    void theUnitTravelsDownstreamOnly() {
        // returns → receiving → inspection → disposition → workshop: a step never reaches back to a later one
        noClasses()
                .that()
                .resideInAnyPackage("org.retrogistics.returns..", "org.retrogistics.custody..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.retrogistics.receiving..",
                        "org.retrogistics.inspection..",
                        "org.retrogistics.disposition..",
                        "org.retrogistics.workshop..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.retrogistics.receiving..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.retrogistics.inspection..",
                        "org.retrogistics.disposition..",
                        "org.retrogistics.workshop..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.retrogistics.inspection..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.retrogistics.disposition..", "org.retrogistics.workshop..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("org.retrogistics.disposition..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.retrogistics.workshop..")
                .check(CLASSES);
    }

    @Test
    void domainClassesKnowNothingOfHttp() {
        // each module's root package is its domain and public API; only its api sub-package speaks HTTP
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.retrogistics.shared",
                        "org.retrogistics.catalog",
                        "org.retrogistics.orders",
                        "org.retrogistics.returns",
                        "org.retrogistics.returns.policy",
                        "org.retrogistics.custody",
                        "org.retrogistics.receiving",
                        "org.retrogistics.inspection",
                        "org.retrogistics.disposition",
                        "org.retrogistics.disposition.rules",
                        "org.retrogistics.workshop",
                        "org.retrogistics.transport",
                        "org.retrogistics.refunds",
                        "org.retrogistics.resale",
                        "org.retrogistics.recycling",
                        "org.retrogistics.recalls",
                        "org.retrogistics.integration",
                        "org.retrogistics.analytics")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
    }
}
