package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Modules exchange facts, not entities (ADR 0020): no class outside a module depends on a class of that module that
 * is annotated {@code @Entity} or {@code @Embeddable}. The crossings that remain are listed below; the list is a
 * ratchet: a new crossing fails, and so does a listed one that no longer occurs, so the list only shrinks.
 */
class EntitiesStayInTheirModuleTest {

    private static final String ROOT = "org.retrogistics";

    /** "module.Entity -> referencing module"; the application's root package counts as the module "root". */
    private static final Set<String> REMAINING = Set.of();

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noEntityIsUsedOutsideItsModuleButTheListedOnes() {
        Set<String> crossings = crossings();
        Set<String> unlisted = new TreeSet<>(crossings);
        unlisted.removeAll(REMAINING);
        Set<String> gone = new TreeSet<>(REMAINING);
        gone.removeAll(crossings);
        assertThat(unlisted)
                .as("entity crossings not in the list (export a record or an id from the entity's module instead)")
                .isEmpty();
        assertThat(gone)
                .as("listed crossings that no longer occur (remove them from the list)")
                .isEmpty();
    }

    static Set<String> crossings() {
        Set<String> found = new TreeSet<>();
        for (JavaClass origin : CLASSES) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (!isPersistent(target)) {
                    continue;
                }
                String from = moduleOf(origin);
                String to = moduleOf(target);
                if (!from.equals(to)) {
                    found.add(to + "." + target.getSimpleName() + " -> " + from);
                }
            }
        }
        return found;
    }

    private static boolean isPersistent(JavaClass type) {
        return type.getPackageName().startsWith(ROOT)
                && (type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class));
    }

    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (name.equals(ROOT)) {
            return "root";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
