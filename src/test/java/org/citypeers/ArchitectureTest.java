package org.citypeers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/adr/0003: features depend one way
 * (programme <- city <- practice <- plan <- review <- award; search reads from the others; notification is
 * low), and views never touch repositories.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    /** Feature order, low to high. A feature may use those before it, never those after it. */
    private static final List<String> ORDER = List.of("programme", "city", "practice", "plan", "review", "award");

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citypeers");
    }

    @Test
    void lower_features_never_depend_on_higher_ones() {
        for (int i = 0; i < ORDER.size(); i++) {
            for (int j = i + 1; j < ORDER.size(); j++) {
                noClasses().that().resideInAPackage("org.citypeers." + ORDER.get(i) + "..")
                        .should().dependOnClassesThat().resideInAPackage("org.citypeers." + ORDER.get(j) + "..")
                        .allowEmptyShould(true)
                        .because(ORDER.get(i) + " is below " + ORDER.get(j))
                        .check(classes);
            }
        }
    }

    @Test
    void features_never_depend_on_search_admin_home_or_demo() {
        for (String feature : ORDER) {
            noClasses().that().resideInAPackage("org.citypeers." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.citypeers.search..", "org.citypeers.admin..",
                            "org.citypeers.home..", "org.citypeers.demo..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void the_shared_kernel_and_notifications_depend_on_no_feature() {
        noClasses().that().resideInAnyPackage("org.citypeers.base..", "org.citypeers.security..", "org.citypeers.notification..")
                .should().dependOnClassesThat().resideInAnyPackage("org.citypeers.programme..", "org.citypeers.city..",
                        "org.citypeers.practice..", "org.citypeers.plan..", "org.citypeers.review..", "org.citypeers.award..",
                        "org.citypeers.search..", "org.citypeers.admin..", "org.citypeers.home..", "org.citypeers.demo..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .allowEmptyShould(true)
                .check(classes);
    }
}
