package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Modules exchange facts, not entities (ADR 0020): no class outside a module depends on a class of that module that
 * is annotated {@code @Entity} or {@code @Embeddable}, nor on a type of that module that carries one in a field or
 * record component (a record holding an entity hands the entity over just the same, to a page template say, where
 * the class files show no dependency).
 */
class EntitiesStayInTheirModuleTest {

    private static final String ROOT = "org.retrogistics";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noEntityIsUsedOutsideItsModule() {
        assertThat(crossings())
                .as("entities used outside their module (export a record or an id from the entity's module instead)")
                .isEmpty();
    }

    @Test
    void noTypeUsedOutsideItsModuleCarriesAnEntity() {
        assertThat(carriers())
                .as("types used outside their module that hold an entity of it (make them hold records or ids)")
                .isEmpty();
    }

    /** "module.Entity -> referencing module"; the application's root package counts as the module "root". */
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

    /** "module.Type (Entity) -> referencing module" for a type whose fields hold an entity of its own module. */
    static Set<String> carriers() {
        Set<String> found = new TreeSet<>();
        for (JavaClass origin : CLASSES) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String from = moduleOf(origin);
                if (!target.getPackageName().startsWith(ROOT)
                        || isPersistent(target)
                        || from.equals(moduleOf(target))) {
                    continue;
                }
                for (JavaField field : target.getFields()) {
                    for (JavaClass held : heldTypes(field)) {
                        // an embeddable record (catalog.BatteryFacts) is an immutable value: sharing it is sharing a
                        // fact
                        if (isPersistent(held)
                                && !held.isRecord()
                                && moduleOf(held).equals(moduleOf(target))) {
                            found.add(moduleOf(target) + "." + target.getSimpleName() + " (" + held.getSimpleName()
                                    + ") -> " + from);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The field's type and, for a generic one such as {@code List<X>}, its type arguments. */
    private static Set<JavaClass> heldTypes(JavaField field) {
        Set<JavaClass> types = new java.util.HashSet<>();
        types.add(field.getRawType().getBaseComponentType());
        if (field.getType() instanceof JavaParameterizedType generic) {
            generic.getActualTypeArguments().forEach(t -> types.add(t.toErasure()));
        }
        return types;
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
