package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's "... with curl" walkthroughs, run as a reader runs them: the application with its demo data (on a
 * database of its own), the admin token and address taken from the start-up log, each section's shell blocks run in
 * order by {@code bash -euo pipefail}, the variables one section sets kept for the next. Every curl fails on an HTTP
 * error ({@code --fail-with-body}) unless it asks for the status itself ({@code -w '%{http_code}'}), which is how the
 * README checks the refusals it documents.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadmeWalkthroughsIT {

    /** What the README tells the reader to replace with the start-up log's values. */
    static final String TOKEN_PLACEHOLDER = "rtg_paste_the_northwind_token_here";

    static final String ADDRESS_PLACEHOLDER = "http://localhost:8080";

    private static final int SECTION_MINUTES = 3;

    private static final Pattern HEADING = Pattern.compile("^#{1,6} .*");

    private static final Pattern FENCE = Pattern.compile("^```\\s*(\\w*)\\s*$");

    private static final Pattern NORTHWIND_TOKEN = Pattern.compile("token northwind \\(admin\\)\\s+(rtg_\\S+)");

    private static final Pattern FAILED_AT = Pattern.compile("FAILED at (\\S+) line (\\d+)");

    private static ConfigurableApplicationContext app;
    private static String token;
    private static String address;
    private static Path work;

    /** A "with curl" section: its title and its shell blocks, each line with its line number in the README. */
    record Section(String title, List<String> lines, List<Integer> readmeLines) {

        String script() {
            return String.join("\n", lines) + "\n";
        }
    }

    /** Every fenced shell block (```, ```bash, ```sh) under each heading that ends in "with curl", in order. */
    static List<Section> sections(List<String> readme) {
        List<Section> sections = new ArrayList<>();
        Section current = null;
        boolean inBlock = false;
        boolean shellBlock = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                shellBlock =
                        !inBlock && Arrays.asList("", "bash", "sh", "shell").contains(fence.group(1));
                inBlock = !inBlock;
                continue;
            }
            if (inBlock) {
                if (current != null && shellBlock) {
                    current.lines().add(line);
                    current.readmeLines().add(i + 1);
                }
            } else if (HEADING.matcher(line).matches()) {
                String title = line.replaceFirst("^#+ ", "").strip();
                current = title.endsWith("with curl") ? new Section(title, new ArrayList<>(), new ArrayList<>()) : null;
                if (current != null) {
                    sections.add(current);
                }
            }
        }
        return sections;
    }

    @BeforeAll
    static void startTheApplicationWithItsDemoData(CapturedOutput output) throws Exception {
        String name = "walk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c =
                EmbeddedPostgresDefault.server().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        }
        String url = EmbeddedPostgresDefault.server().getJdbcUrl("postgres", name);
        // the demo as `./mvnw spring-boot:run` starts it (the embedded database, demo mode: the credentials are
        // printed), on a throw-away database of its own and a random port
        app = new SpringApplicationBuilder(RetrogisticsApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--" + EmbeddedPostgresDefault.EMBEDDED_FLAG + "=true",
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--retrogistics.demo.seed=always");
        // the runner that seeds has returned; the events it caused (decisions, work orders, listings) follow
        assertThat(output.getOut()).contains("Demo users ready").contains("Demo data seeded");
        Matcher m = NORTHWIND_TOKEN.matcher(output.getOut());
        assertThat(m.find()).as("the northwind admin token in the start-up log").isTrue();
        token = m.group(1);
        address = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Long.class)
                                .single()
                        == 0);
        work = Files.createDirectories(Path.of("target", "readme-walkthroughs", name));
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path curl = bin.resolve("curl");
        Files.writeString(curl, curlThatFails(realCurl()));
        curl.toFile().setExecutable(true);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theReadmeHasItsEightWalkthroughs() throws IOException {
        List<Section> sections = sections(readme());
        assertThat(sections).extracting(Section::title).hasSize(8).allMatch(t -> t.endsWith("with curl"));
        assertThat(sections).allSatisfy(s -> assertThat(s.lines()).isNotEmpty());
        assertThat(sections.get(0).script()).contains(TOKEN_PLACEHOLDER).contains(ADDRESS_PLACEHOLDER + "/api");
    }

    /** Each section in the README's order, in one shell state: what a section sets, the next ones see. */
    @TestFactory
    Stream<DynamicTest> everyWalkthroughRunsAsWritten() throws IOException {
        List<Section> sections = sections(readme());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int n = i + 1;
            tests.add(DynamicTest.dynamicTest(s.title(), () -> run(n, s)));
        }
        return tests.stream();
    }

    private static void run(int n, Section section) throws Exception {
        String body = section.script().replace(TOKEN_PLACEHOLDER, token).replace(ADDRESS_PLACEHOLDER, address);
        String preamble = preamble();
        int offset = (int) preamble.lines().count();
        Path script = work.resolve("%02d.sh".formatted(n));
        Files.writeString(script, preamble + body);
        Path log = work.resolve("%02d.log".formatted(n));
        ProcessBuilder pb = new ProcessBuilder(
                        "bash", "-eEuo", "pipefail", script.getFileName().toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // a shell of its own: nothing of the build's environment (a TOKEN or API set there) stands in for the README's
        Map<String, String> env = pb.environment();
        String path = env.get("PATH");
        String home = env.getOrDefault("HOME", work.toAbsolutePath().toString());
        env.clear();
        env.put("PATH", work.resolve("bin").toAbsolutePath() + File.pathSeparator + path);
        env.put("HOME", home);
        env.put("LC_ALL", "C.UTF-8");
        Process process = pb.start();
        // a section takes seconds; its waits for events (until ...; do sleep 1; done) end here at the latest
        boolean done = process.waitFor(SECTION_MINUTES, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        int status = done ? process.exitValue() : -1;
        assertThat(status)
                .as(() -> failure(section, script, output, offset, done))
                .isZero();
    }

    /** Which README line failed, with what: the trap's report mapped back to the README, and the section's output. */
    private static String failure(Section section, Path script, String output, int offset, boolean done) {
        StringBuilder b = new StringBuilder("\"" + section.title() + "\" ");
        b.append(done ? "failed" : "did not finish in " + SECTION_MINUTES + " minutes")
                .append(" (")
                .append(script)
                .append(")\n");
        // the last report in the section's own script: a failure inside a function or a command substitution is
        // reported again where the section called it
        Matcher m = FAILED_AT.matcher(output);
        int failedAt = -1;
        while (m.find()) {
            if (m.group(1).equals(script.getFileName().toString())) {
                failedAt = Integer.parseInt(m.group(2));
            }
        }
        if (failedAt > 0) {
            int line = failedAt - offset - 1;
            if (line >= 0 && line < section.lines().size()) {
                // bash names the last line of a command continued with \; the reader looks for its first
                int first = line;
                while (first > 0 && section.lines().get(first - 1).endsWith("\\")) {
                    first--;
                }
                b.append("README.md line ")
                        .append(section.readmeLines().get(first))
                        .append(":\n");
                section.lines()
                        .subList(first, line + 1)
                        .forEach(l -> b.append("  ").append(l).append('\n'));
            }
        }
        List<String> lines = output.lines().toList();
        b.append("--- output (last 80 lines) ---\n");
        lines.subList(Math.max(0, lines.size() - 80), lines.size())
                .forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    /**
     * Before each section: its state from the sections before, a report of the command that fails, and on exit the
     * variables (upper case) and functions it set, for the next section.
     */
    private static String preamble() {
        return """
                __initial=" $(compgen -v | tr '\\n' ' ') "
                __failed() {
                  echo "FAILED (exit $1): $BASH_COMMAND" >&2
                  echo "FAILED at ${BASH_SOURCE[1]##*/} line $2" >&2
                  local i
                  for ((i = 1; i < ${#BASH_SOURCE[@]} - 1; i++)); do
                    echo "FAILED at ${BASH_SOURCE[i + 1]##*/} line ${BASH_LINENO[i]}, in ${FUNCNAME[i]}" >&2
                  done
                }
                trap '__failed $? $LINENO' ERR
                __save() {
                  for v in $(compgen -v); do
                    if [[ $v =~ ^[A-Z][A-Z0-9_]*$ && $__initial != *" $v "* ]]; then declare -p "$v"; fi
                  done > state.sh
                  for f in $(compgen -A function); do
                    if [[ $f != __* ]]; then declare -f "$f"; fi
                  done >> state.sh
                }
                trap __save EXIT
                if [[ -f state.sh ]]; then source state.sh; fi
                # ---- README ----
                """;
    }

    private static String curlThatFails(String realCurl) {
        return """
                #!/usr/bin/env bash
                # curl as the README walkthroughs run in the test: an HTTP error fails the step, unless the step asks
                # for the status itself (-w '%%{http_code}') to check a documented refusal
                for arg in "$@"; do
                  case "$arg" in -w|--write-out) exec %1$s "$@" ;; esac
                done
                exec %1$s --fail-with-body -S -w '%%{onerror}%%{stderr}curl: HTTP %%{http_code} from %%{url_effective}\n' "$@"
                """
                .formatted(realCurl);
    }

    private static String realCurl() {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "curl");
            if (Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath().toString();
            }
        }
        throw new IllegalStateException("curl is not installed; the README walkthroughs need curl and jq");
    }

    private static List<String> readme() throws IOException {
        return Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    }
}
