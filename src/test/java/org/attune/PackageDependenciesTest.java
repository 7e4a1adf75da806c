package org.attune;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feature packages depend one way, bottom to top, as package-info of each says: a package uses only the packages
 * in the tiers below its own, never one beside it or above it. A newcomer reads the workflow upwards: the database and
 * the web plumbing; accounts; module folders read into definitions; the CE rules of approving bodies; the catalog; a learner's standing; quizzes, which
 * read the standing and record a pass in it; certificates; and at the top what edits features (authoring, admin) or
 * shows several of them together (the learner's pages).
 */
class PackageDependenciesTest {

    /** Tiers from the bottom; packages in one tier are beside each other and may not use each other. */
    private static final List<List<String>> TIERS = List.of(
            List.of("database", "web"),
            List.of("keys"),
            List.of("credential"),
            List.of("mail"),
            List.of("account"),
            List.of("content"),
            List.of("ce"),
            List.of("catalog"),
            List.of("progress"),
            List.of("quiz"),
            List.of("certificate"),
            List.of("xapi", "lti"),
            List.of("authoring", "admin", "learner", "transcript", "audit"));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.attune");

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> tier : TIERS) {
            for (String name : tier) {
                layers = layers.layer(name).definedBy("org.attune." + name + "..");
            }
        }
        for (int i = 0; i < TIERS.size(); i++) {
            List<String> above = new ArrayList<>();
            TIERS.subList(i + 1, TIERS.size()).forEach(above::addAll);
            for (String name : TIERS.get(i)) {
                layers = above.isEmpty()
                        ? layers.whereLayer(name).mayNotBeAccessedByAnyLayer()
                        : layers.whereLayer(name).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
        }
        layers.check(MAIN);
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("org.attune.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyPackageOfTheApplicationHasItsPlace() {
        List<String> placed = TIERS.stream().flatMap(List::stream).toList();
        List<String> packages = MAIN.stream()
                .map(type -> type.getPackageName())
                .filter(name -> name.startsWith("org.attune."))
                .map(name -> name.substring("org.attune.".length()).split("\\.")[0])
                .distinct()
                .toList();
        assertThat(placed).containsAll(packages);
    }
}
