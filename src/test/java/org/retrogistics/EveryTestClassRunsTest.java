package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retrogistics.TestClassPickup.Selection;

/** Every class with test methods is run by Surefire (unit tests) or Failsafe (end-to-end tests) in {@code verify}. */
class EveryTestClassRunsTest {

    /** Benchmarks are test classes run on demand with -Dit.test (docs/benchmarks.md), never in the build. */
    private static final Selection ON_DEMAND = new Selection("on demand", List.of("**/*Benchmark.java"), List.of());

    @Test
    void everyTestClassMatchesTheIncludesOfSurefireOrFailsafe() {
        List<Selection> build =
                TestClassPickup.selections(Path.of("pom.xml"), "maven-surefire-plugin", "maven-failsafe-plugin");
        List<String> testClasses = TestClassPickup.testClasses(Path.of("src/test/java"));

        assertThat(testClasses).hasSizeGreaterThan(50).contains("org/retrogistics/EveryTestClassRunsTest.java");
        assertThat(TestClassPickup.notRun(testClasses, concat(build, ON_DEMAND)))
                .as("test classes that no test plugin runs: rename them (*Test for unit tests, *IT end to end)")
                .isEmpty();
    }

    @Test
    void theMatcherFollowsThePluginsPatternLanguage() {
        assertThat(TestClassPickup.matches("**/*Test.java", "org/retrogistics/shared/GtinTest.java"))
                .isTrue();
        assertThat(TestClassPickup.matches("**/*Test.java", "GtinTest.java")).isTrue();
        assertThat(TestClassPickup.matches("**/*IT.java", "org/retrogistics/ReturnsApiIT.java"))
                .isTrue();
        assertThat(TestClassPickup.matches("**/*Test", "org/retrogistics/shared/GtinTest.java"))
                .isTrue();
        assertThat(TestClassPickup.matches("**/*Test.class", "org/retrogistics/shared/GtinTest.java"))
                .isTrue();
        assertThat(TestClassPickup.matches("**/Test*.java", "org/retrogistics/TestClassPickup.java"))
                .isTrue();
        assertThat(TestClassPickup.matches("org/*/Gtin?est.java", "org/retrogistics/GtinTest.java"))
                .isTrue();

        // the names that slipped through before: a property class and a test-like name
        assertThat(TestClassPickup.matches("**/*Test.java", "org/retrogistics/refunds/MoneyInvariantProperties.java"))
                .isFalse();
        assertThat(TestClassPickup.matches("**/*Test.java", "org/retrogistics/shared/GtinTests.java"))
                .isFalse();
        assertThat(TestClassPickup.matches("**/*IT.java", "org/retrogistics/ReturnsApiITCase.java"))
                .isFalse();
        assertThat(TestClassPickup.matches("org/*/GtinTest.java", "org/retrogistics/shared/GtinTest.java"))
                .isFalse();

        assertThatThrownBy(() -> TestClassPickup.matches("%regex[.*Test.*]", "a/FooTest.java"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMisnamedTestClassIsReportedAndHelpersAreNot(@TempDir Path root) throws IOException {
        write(root, "a/GoodTest.java", "class GoodTest {\n    @Test\n    void x() {}\n}\n");
        write(root, "a/GoodIT.java", "class GoodIT {\n    @org.junit.jupiter.api.Test\n    void x() {}\n}\n");
        write(root, "a/MoneyProperties.java", "class MoneyProperties {\n    @Test\n    void x() {}\n}\n");
        write(root, "a/b/Tables.java", "class Tables {\n    @ParameterizedTest\n    void x(int i) {}\n}\n");
        write(root, "a/Helper.java", "class Helper {\n    // @Test in a comment, \"@Test\" in a string\n}\n");
        write(root, "a/Support.java", "public abstract class Support {\n    @Test\n    void x() {}\n}\n");
        write(root, "a/Config.java", "@TestInstance(PER_CLASS)\nclass Config {}\n");
        List<Selection> build = List.of(
                new Selection("surefire", List.of("**/*Test.java"), List.of()),
                new Selection("failsafe", List.of("**/*IT.java"), List.of()));

        List<String> testClasses = TestClassPickup.testClasses(root);

        assertThat(testClasses)
                .containsExactly("a/GoodIT.java", "a/GoodTest.java", "a/MoneyProperties.java", "a/b/Tables.java");
        assertThat(TestClassPickup.notRun(testClasses, build))
                .containsExactly("a/MoneyProperties.java", "a/b/Tables.java");
    }

    @Test
    void anExcludedClassIsNotRun() {
        Selection surefire = new Selection("surefire", List.of("**/*Test.java"), List.of("**/slow/**"));

        assertThat(surefire.runs("a/FastTest.java")).isTrue();
        assertThat(surefire.runs("a/slow/SlowTest.java")).isFalse();
        assertThat(TestClassPickup.notRun(List.of("a/slow/SlowTest.java"), List.of(surefire)))
                .containsExactly("a/slow/SlowTest.java");
    }

    @Test
    void aPomWithoutExplicitIncludesIsRefused(@TempDir Path dir) throws IOException {
        Path pom = write(
                dir,
                "pom.xml",
                "<project><build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId></plugin>"
                        + "</plugins></build></project>");

        assertThatThrownBy(() -> TestClassPickup.selections(pom, "maven-surefire-plugin"))
                .hasMessageContaining("no explicit <includes>");
    }

    private static List<Selection> concat(List<Selection> a, Selection b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b))
                .toList();
    }

    private static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
