package org.missionreader.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which way the arrows run, checked on the compiled application (the way JabRef and PDFsam guard theirs):
 * no two packages depend on each other, directly or around a circle; the core never touches JavaFX or the
 * window; the window's features depend on the application layer, never on the window or on each other.
 */
class ArchitectureTest {

    private static final String ROOT = "org.missionreader";
    /** Pure Java over the model: usable from the command line and tests without a display. */
    private static final String[] CORE = {ROOT + ".library..", ROOT + ".search..", ROOT + ".print..",
        ROOT + ".timeline..", ROOT + ".settings..", ROOT + ".i18n..", ROOT + ".cite..", ROOT + ".files..", ROOT + ".notes..", ROOT + ".importer..", ROOT + ".mylibrary.."};
    /** The window's features: each depends on the application layer and shared controls only. */
    private static final List<String> FEATURES = List.of("reader", "searchbox", "libraries", "printing", "settings", "timeline", "notes",
            "citation", "bookmarks", "importer");

    private static JavaClasses classes;

    @BeforeAll
    static void importApplication() {
        // The compiled main classes only (the module path hides them from a class path scan).
        Path compiled = Path.of("target", "classes");
        assertTrue(Files.isDirectory(compiled.resolve("org/missionreader")), "compiled classes at " + compiled.toAbsolutePath());
        classes = new ClassFileImporter().importPath(compiled);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCoreNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theCoreNeverReachesTheWindowOrTheCommandLine() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..", ROOT + ".cli..").check(classes);
    }

    @Test
    void theApplicationLayerKnowsNoView() {
        noClasses().that().resideInAPackage(ROOT + ".ui.application..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".ui", ROOT + ".ui.controls..", ROOT + ".ui.reader..", ROOT + ".ui.searchbox..",
                        ROOT + ".ui.libraries..", ROOT + ".ui.printing..", ROOT + ".ui.settings..", ROOT + ".ui.timeline..")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".ui.controls..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".ui", ROOT + ".ui.reader..", ROOT + ".ui.searchbox..", ROOT + ".ui.libraries..",
                        ROOT + ".ui.printing..", ROOT + ".ui.settings..", ROOT + ".ui.timeline..")
                .check(classes);
    }

    @Test
    void featuresNeverReachTheWindowNorEachOther() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> ROOT + ".ui." + f + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + ".ui." + feature + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(others).check(classes);
            // The window (the ui package itself: MainWindow, Session) lays the features out; they never call it.
            noClasses().that().resideInAPackage(ROOT + ".ui." + feature + "..").should().dependOnClassesThat()
                    .resideInAPackage(ROOT + ".ui").check(classes);
        }
    }
}
