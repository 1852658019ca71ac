package org.dcrconsole;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The shape of the code that CONVENTIONS.md promises, checked on the compiled classes. Every
 * rule is also run against {@code archfixture}, a set of classes that break it on purpose, to
 * prove it can fail.
 *
 * <p>Modules are the packages right under the root: the foundation ({@code base},
 * {@code security}, {@code site}), the features ({@code booth}, {@code roster}, {@code stock},
 * {@code incident}, {@code report}) and {@code demo}.
 */
class ArchitectureTest {

    /** Modules that may only be entered through their doors. */
    static final List<String> DOOR_MODULES = List.of("security", "site", "booth", "roster", "stock", "incident", "report",
            "audit", "retention", "handover", "client", "drugcheck", "naloxone");
    static final List<String> FEATURES = List.of("booth", "roster", "stock", "incident", "report", "audit", "retention",
            "handover", "client", "drugcheck", "naloxone");
    /**
     * Foundation types every feature may use besides services, records, enums and exceptions:
     * the signed-in user, role names, the session's current site, the opening hours a
     * {@code SiteInfo} carries, the user panel the admin view embeds, and the board's change
     * broadcaster (a publish/subscribe door the dashboard's live panel listens on) and the board's side
     * panel (the hook through which features that depend on the board add to it), the incident
     * report's warning against names and phone numbers, which the handover log and the client page's
     * safety flags give too, the handover panel the dashboard embeds, and the drug-checking alert
     * banner the board and the dashboard show.
     */
    static final Set<String> SHARED_TYPES = Set.of("CurrentUser", "Roles", "SignedInUser", "CurrentSite",
            "OpeningHours", "UserAdminPanel", "BoardBroadcaster", "BoardSidePanel", "DescriptionCheck", "HandoverPanel",
            "AlertBanner");

    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dcrconsole");
    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("archfixture");

    /** The rules, for a root package (the console's, or the fixture's). */
    record Rules(String root) {

        ArchRule viewsNeverTouchRepositories() {
            return noClasses().that().resideInAPackage(root + "..ui..")
                    .should().dependOnClassesThat().areAssignableTo(Repository.class)
                    .because("a view reads and writes through its feature's service");
        }

        ArchRule repositoriesStayInTheirPackage() {
            return classes().that().areAssignableTo(Repository.class).and().resideInAPackage(root + "..")
                    .should(new ArchCondition<JavaClass>("be used only inside their own package") {
                        @Override
                        public void check(JavaClass repository, ConditionEvents events) {
                            for (Dependency d : repository.getDirectDependenciesToSelf()) {
                                if (!d.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                                }
                            }
                        }
                    });
        }

        /**
         * A class of one module uses another module only through its doors: classes named
         * {@code *Service}, records, enums, exceptions, and the {@link #SHARED_TYPES}.
         */
        ArchRule modulesMeetOnlyAtTheirDoors() {
            return classes().that().resideInAnyPackage(DOOR_MODULES.stream().map(m -> root + "." + m + "..")
                            .toArray(String[]::new))
                    .should(new ArchCondition<JavaClass>("use other modules only through services, records, "
                            + "enums, exceptions and " + SHARED_TYPES) {
                        @Override
                        public void check(JavaClass origin, ConditionEvents events) {
                            String from = module(origin);
                            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                                JavaClass target = d.getTargetClass().getBaseComponentType();
                                String to = module(target);
                                if (to != null && !to.equals(from) && !"base".equals(to) && !isDoor(target)) {
                                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                                }
                            }
                        }
                    });
        }

        ArchRule baseDependsOnNoFeature() {
            return noClasses().that().resideInAPackage(root + ".base..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            FEATURES.stream().map(m -> root + "." + m + "..").toArray(String[]::new))
                    .orShould().dependOnClassesThat().resideInAPackage(root + ".demo..");
        }

        ArchRule onlyTheLayoutOfBaseUsesSitesAndSecurity() {
            return noClasses().that().resideInAPackage(root + ".base..").and().resideOutsideOfPackage(root + ".base.ui..")
                    .should().dependOnClassesThat().resideInAnyPackage(root + ".site..", root + ".security..");
        }

        ArchRule nothingDependsOnTheDemoGenerator() {
            return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".demo..")
                    .should().dependOnClassesThat().resideInAPackage(root + ".demo..")
                    .because("demo data is generated from outside, through the services");
        }

        ArchRule modulesFormNoCycles() {
            return slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles()
                    .ignoreDependency(resideInAPackage(root + ".base.."), alwaysTrue())
                    .ignoreDependency(alwaysTrue(), resideInAPackage(root + ".base.."));
        }

        private String module(JavaClass c) {
            String pkg = c.getPackageName();
            if (!pkg.startsWith(root + ".")) {
                return null;
            }
            String rest = pkg.substring(root.length() + 1);
            int dot = rest.indexOf('.');
            return dot < 0 ? rest : rest.substring(0, dot);
        }

        private static boolean isDoor(JavaClass target) {
            return target.getSimpleName().endsWith("Service") || target.isRecord() || target.isEnum()
                    || target.isAssignableTo(Exception.class) || SHARED_TYPES.contains(target.getSimpleName());
        }
    }

    private static final Rules CONSOLE_RULES = new Rules("org.dcrconsole");
    private static final Rules FIXTURE_RULES = new Rules("archfixture");

    private static void assertViolated(ArchRule rule, String... culprits) {
        assertThatThrownBy(() -> rule.check(FIXTURE)).isInstanceOf(AssertionError.class)
                .message().contains(culprits);
    }

    @Test
    void views_never_touch_repositories() {
        CONSOLE_RULES.viewsNeverTouchRepositories().check(CONSOLE);
        assertViolated(FIXTURE_RULES.viewsNeverTouchRepositories(), "archfixture.booth.ui.VisitView");
    }

    @Test
    void repositories_are_used_only_in_their_own_package() {
        CONSOLE_RULES.repositoriesStayInTheirPackage().check(CONSOLE);
        assertViolated(FIXTURE_RULES.repositoriesStayInTheirPackage(), "archfixture.stock.StockRepositoryUser",
                "archfixture.booth.ui.VisitView");
    }

    @Test
    void modules_reach_each_other_only_through_their_doors() {
        CONSOLE_RULES.modulesMeetOnlyAtTheirDoors().check(CONSOLE);
        ArchRule rule = FIXTURE_RULES.modulesMeetOnlyAtTheirDoors();
        assertViolated(rule, "archfixture.stock.StockLedger", "archfixture.booth.Visit");
        assertThatThrownBy(() -> rule.check(FIXTURE)).message().doesNotContain("StockDoorUser");
    }

    @Test
    void base_depends_on_no_feature() {
        CONSOLE_RULES.baseDependsOnNoFeature().check(CONSOLE);
        assertViolated(FIXTURE_RULES.baseDependsOnNoFeature(), "archfixture.base.Helper");
    }

    @Test
    void only_the_layout_of_base_uses_sites_and_security() {
        CONSOLE_RULES.onlyTheLayoutOfBaseUsesSitesAndSecurity().check(CONSOLE);
        assertViolated(FIXTURE_RULES.onlyTheLayoutOfBaseUsesSitesAndSecurity(), "archfixture.base.Clockwork");
    }

    @Test
    void nothing_depends_on_the_demo_generator() {
        CONSOLE_RULES.nothingDependsOnTheDemoGenerator().check(CONSOLE);
        assertViolated(FIXTURE_RULES.nothingDependsOnTheDemoGenerator(), "archfixture.roster.Planner");
    }

    @Test
    void modules_form_no_cycles() {
        CONSOLE_RULES.modulesFormNoCycles().check(CONSOLE);
        assertViolated(FIXTURE_RULES.modulesFormNoCycles(), "incident", "report");
    }
}
