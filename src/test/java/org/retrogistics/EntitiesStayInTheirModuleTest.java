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
    private static final Set<String> REMAINING = Set.of(
            "access.ApiToken -> web",
            "catalog.Client -> demo",
            "catalog.Client -> disposition",
            "catalog.Client -> recycling",
            "catalog.Client -> refunds",
            "catalog.Client -> root",
            "catalog.Client -> transport",
            "catalog.Client -> web",
            "catalog.Client -> workshop",
            "catalog.Site -> demo",
            "catalog.Site -> recycling",
            "catalog.Site -> resale",
            "catalog.Site -> transport",
            "catalog.Site -> web",
            "custody.Container -> transport",
            "inspection.Inspection -> recycling",
            "inspection.Inspection -> refunds",
            "inspection.Inspection -> transport",
            "inspection.Inspection -> web",
            "orders.Order -> demo",
            "orders.Order -> refunds",
            "orders.Order -> returns",
            "orders.Order -> web",
            "orders.OrderLine -> demo",
            "orders.OrderLine -> returns",
            "orders.OrderLine -> web",
            "recycling.Recycler -> demo",
            "recycling.Recycler -> web",
            "recycling.RecyclingBatch -> web",
            "refunds.MoneyMovement -> web",
            "resale.Listing -> web",
            "resale.Lot -> web",
            "resale.SalesChannel -> web",
            "returns.ReturnLine -> demo",
            "returns.ReturnLine -> refunds",
            "returns.ReturnLine -> transport",
            "returns.ReturnPolicy -> refunds",
            "returns.ReturnPolicy -> web",
            "returns.ReturnRequest -> analytics",
            "returns.ReturnRequest -> demo",
            "returns.ReturnRequest -> receiving",
            "returns.ReturnRequest -> refunds",
            "returns.ReturnRequest -> transport",
            "returns.ReturnRequest -> web",
            "transport.Shipment -> web",
            "workshop.WorkOrder -> recycling",
            "workshop.WorkOrder -> resale",
            "workshop.WorkOrder -> web");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noEntityIsUsedOutsideItsModuleButTheListedOnes() {
        Set<String> crossings = crossings();
        assertThat(crossings)
                .as("entity crossings not in the list (export a record or an id from the entity's module instead)")
                .isSubsetOf(REMAINING);
        assertThat(REMAINING)
                .as("listed crossings that no longer occur (remove them from the list)")
                .isSubsetOf(crossings);
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
