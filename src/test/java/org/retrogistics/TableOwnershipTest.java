package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table has one owning module (architecture/table-owners.csv), and a module's SQL names only its own tables:
 * what it needs from another module comes through that module's API. The crossings that remain are listed in
 * architecture/cross-module-sql.csv; the list may only shrink, since a crossing that is gone must leave it too, so it
 * always tells the truth. Each module's tables live in its own PostgreSQL schema (V21; every entity says so), and each
 * migration after V21 sits in its module's folder and changes that module's tables only.
 *
 * <p>A module may publish a read-only view of its tables for set-based reads by other modules (ADR 0025). Each view is
 * listed in architecture/published-views.csv with its owner, the modules that may read it and the ADR that names it;
 * reading it from one of those modules is not a crossing, reading it from any other module is.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/org/retrogistics");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    /** The migration that moved every module's tables into the module's schema; each one after it is one module's. */
    private static final int SCHEMA_MOVE = 21;

    private static final Pattern MOVED =
            Pattern.compile("alter table ([a-z_][a-z0-9_]*) set schema ([a-z_]+);", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMES_A_TABLE =
            Pattern.compile("@(?:jakarta\\.persistence\\.)?(Table|CollectionTable|SequenceGenerator)\\(");
    private static final Pattern MAPPED = Pattern.compile(
            "@(?:jakarta\\.persistence\\.)?(Table|CollectionTable|SequenceGenerator)\\(\\s*schema = \"([a-z_]+)\"");

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern LOOKS_LIKE_SQL = Pattern.compile(
            "\\b(select|insert|update|delete|merge)\\b|^\\s*(from|(left\\s+)?join)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_IN_SQL = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+(?:[a-z_]+\\.)?([a-z_][a-z0-9_]*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGED = Pattern.compile(
            "(?:create\\s+table|alter\\s+table|drop\\s+table|insert\\s+into|update|delete\\s+from"
                    + "|create\\s+(?:unique\\s+)?index\\s+(?:if\\s+not\\s+exists\\s+)?[a-z0-9_]+\\s+on)"
                    + "\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?(?:only\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern VIEW_CREATED = Pattern.compile(
            "create\\s+(?:or\\s+replace\\s+)?view\\s+(?:([a-z_]+)\\.)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> OWNERS = owners();
    private static final Map<String, PublishedView> VIEWS = publishedViews();

    /** A read-only view a module publishes: its owner, the modules that may read it, the ADR that names it. */
    private record PublishedView(String owner, Set<String> readers, String adr) {}

    @Test
    void everyTableHasOneOwnerThatExists() throws IOException {
        Set<String> created = new TreeSet<>();
        for (Path migration : migrations()) {
            Matcher m = CREATED.matcher(Files.readString(migration));
            while (m.find()) {
                created.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        assertThat(OWNERS.keySet())
                .as("architecture/table-owners.csv names each table the migrations create, and no other")
                .containsExactlyInAnyOrderElementsOf(created);
        Set<String> modules = new TreeSet<>(OWNERS.values());
        modules.remove("framework"); // Spring Modulith's event publication registry
        try (Stream<Path> dirs = Files.list(MAIN)) {
            Set<String> packages = new TreeSet<>(dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .toList());
            assertThat(packages).containsAll(modules);
        }
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTablesBesideTheListedCrossings() throws IOException {
        Map<String, Set<String>> found = crossings();
        Map<String, Set<String>> listed = listedCrossings();
        List<String> problems = new ArrayList<>();
        found.forEach((pair, files) -> {
            if (!listed.containsKey(pair)) {
                problems.add("new crossing " + pair + " in " + files + ": read through the owner's API instead");
            }
        });
        listed.keySet().stream()
                .filter(pair -> !found.containsKey(pair))
                .forEach(pair -> problems.add(
                        "crossing " + pair + " is gone: remove it from architecture/cross-module-sql.csv"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aMigrationFromV22OnLivesInItsModulesFolderAndChangesOnlyItsTables() throws IOException {
        for (Path migration : migrations()) {
            if (version(migration) <= SCHEMA_MOVE) {
                continue;
            }
            Path folder = MIGRATIONS.relativize(migration).getParent();
            assertThat(folder)
                    .as("%s belongs in db/migration/<module>/", migration.getFileName())
                    .isNotNull();
            String module = folder.toString();
            Set<String> modules = new TreeSet<>();
            Matcher m = CHANGED.matcher(Files.readString(migration));
            while (m.find()) {
                String owner = OWNERS.get(m.group(1).toLowerCase(Locale.ROOT));
                if (owner != null && !owner.equals("framework")) {
                    modules.add(owner);
                }
            }
            assertThat(modules)
                    .as(
                            "%s changes the tables of %s; a migration changes its own module's tables only",
                            migration, modules)
                    .isSubsetOf(Set.of(module));
        }
    }

    @Test
    void aPublishedViewIsCreatedInItsOwnersSchemaByItsOwnersMigrationOverItsOwnTablesAndNamedInAnAdr()
            throws IOException {
        Map<String, String> created = new TreeMap<>();
        for (Path migration : migrations()) {
            String sql = Files.readString(migration);
            Matcher m = VIEW_CREATED.matcher(sql);
            while (m.find()) {
                String view = m.group(2).toLowerCase(Locale.ROOT);
                Path folder = MIGRATIONS.relativize(migration).getParent();
                String module = folder == null ? "" : folder.toString();
                created.put(view, module);
                assertThat(m.group(1))
                        .as("%s creates view %s in the schema of its module", migration, view)
                        .isEqualTo(module);
                assertThat(tablesIn(sql).stream()
                                .filter(OWNERS::containsKey)
                                .map(OWNERS::get)
                                .distinct()
                                .toList())
                        .as("%s publishes a view over its own module's tables only", migration)
                        .allMatch(module::equals);
            }
        }
        Map<String, String> listed = new TreeMap<>();
        VIEWS.forEach((view, v) -> listed.put(view, v.owner()));
        assertThat(created)
                .as("architecture/published-views.csv names each view the migrations create, with its owner")
                .isEqualTo(listed);
        for (var e : VIEWS.entrySet()) {
            Path adr;
            try (Stream<Path> adrs = Files.list(Path.of("docs/adr"))) {
                adr = adrs.filter(a -> a.getFileName()
                                .toString()
                                .startsWith(e.getValue().adr() + "-"))
                        .findFirst()
                        .orElseThrow(() ->
                                new AssertionError("no ADR " + e.getValue().adr() + " for " + e.getKey()));
            }
            assertThat(Files.readString(adr))
                    .as("%s names the view %s", adr, e.getKey())
                    .contains(e.getKey());
            assertThat(OWNERS).as("a view is not also a table").doesNotContainKey(e.getKey());
        }
    }

    @Test
    void theSchemaMoveMatchesTheOwners() throws IOException {
        Map<String, String> moved = new TreeMap<>();
        Matcher m = MOVED.matcher(Files.readString(MIGRATIONS.resolve("V21__module_schemas.sql")));
        while (m.find()) {
            moved.put(m.group(1), m.group(2));
        }
        Map<String, String> owned = new TreeMap<>(OWNERS);
        owned.values().removeIf("framework"::equals);
        // tables created after the move are created in their module's folder (checked above), not moved
        for (Path migration : migrations()) {
            if (version(migration) > SCHEMA_MOVE) {
                Matcher created = CREATED.matcher(Files.readString(migration));
                while (created.find()) {
                    owned.remove(created.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(moved).isEqualTo(owned);
    }

    @Test
    void everyEntityMapsToItsModulesSchema() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("\n@Entity")) {
                    continue;
                }
                String module = MAIN.relativize(file).getName(0).toString();
                Matcher mapped = MAPPED.matcher(source);
                int found = 0;
                while (mapped.find()) {
                    found++;
                    if (!module.equals(mapped.group(2))) {
                        wrong.add(file + ": " + mapped.group(1) + " in schema " + mapped.group(2));
                    }
                }
                Matcher named = NAMES_A_TABLE.matcher(source);
                int annotations = 0;
                while (named.find()) {
                    annotations++;
                }
                if (found == 0 || found != annotations) {
                    wrong.add(file + ": each @Table, @CollectionTable and @SequenceGenerator names schema \"" + module
                            + "\"");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theScannerFindsTablesInSqlAndNotInProse() {
        assertThat(tablesIn("select u.id from unit u join inspection i on i.unit_id = u.id"))
                .containsExactly("unit", "inspection");
        assertThat(tablesIn("insert into recall_unit (unit_id) values (?)")).containsExactly("recall_unit");
        assertThat(tablesIn("\n  from order_line ol join customer_order o on o.id = ol.order_id"))
                .containsExactly("order_line", "customer_order");
        assertThat(tablesIn("moved from unit storage to the dock")).isEmpty();
        assertThat(tablesIn("select u.id from custody.unit u join unit_facts f on f.id = u.id"))
                .containsExactly("unit", "unit_facts");
    }

    /** "module -> table" for each table of another module that a module's main code names in SQL, with the files. */
    private static Map<String, Set<String>> crossings() throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the application class and its start-up helpers
                }
                String module = relative.getName(0).toString();
                for (String literal : literals(Files.readString(file))) {
                    for (String table : tablesIn(literal)) {
                        PublishedView view = VIEWS.get(table);
                        if (view != null) {
                            if (!view.owner().equals(module) && !view.readers().contains(module)) {
                                found.computeIfAbsent(module + " -> " + table, k -> new TreeSet<>())
                                        .add(relative.toString());
                            }
                            continue;
                        }
                        String owner = OWNERS.get(table);
                        if (owner != null && !owner.equals(module) && !owner.equals("framework")) {
                            found.computeIfAbsent(module + " -> " + table, k -> new TreeSet<>())
                                    .add(relative.toString());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (blocks.find()) {
            literals.add(blocks.group(1));
            rest.append(source, last, blocks.start());
            last = blocks.end();
        }
        rest.append(source.substring(last));
        Matcher strings = STRING.matcher(rest);
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        return literals;
    }

    private static List<String> tablesIn(String literal) {
        List<String> tables = new ArrayList<>();
        if (!LOOKS_LIKE_SQL.matcher(literal).find()) {
            return tables;
        }
        Matcher m = TABLE_IN_SQL.matcher(literal);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if ((OWNERS.containsKey(name) || VIEWS.containsKey(name)) && !tables.contains(name)) {
                tables.add(name);
            }
        }
        return tables;
    }

    private static Map<String, Set<String>> listedCrossings() {
        Map<String, Set<String>> listed = new LinkedHashMap<>();
        for (String[] row : rows("/architecture/cross-module-sql.csv")) {
            listed.put(row[0].strip() + " -> " + row[1].strip(), Set.of());
        }
        return listed;
    }

    private static Map<String, PublishedView> publishedViews() {
        Map<String, PublishedView> views = new LinkedHashMap<>();
        for (String[] row : rows("/architecture/published-views.csv")) {
            views.put(
                    row[1].strip(),
                    new PublishedView(row[0].strip(), Set.of(row[2].strip().split(" ")), row[3].strip()));
        }
        return views;
    }

    private static Map<String, String> owners() {
        Map<String, String> owners = new LinkedHashMap<>();
        for (String[] row : rows("/architecture/table-owners.csv")) {
            owners.put(row[0].strip(), row[1].strip());
        }
        return owners;
    }

    /** The rows of a small CSV without its header; lines starting with # are comments. */
    private static List<String[]> rows(String resource) {
        try (var in = TableOwnershipTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(","))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            return files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted()
                    .toList();
        }
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
