package org.retrogistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Which test classes the build runs: the include and exclude patterns of the Surefire and Failsafe plugins as the pom
 * spells them, and the source files under a test root that hold test methods. A test class that no plugin includes
 * compiles and never runs, which is how a property can go unchecked for months.
 */
final class TestClassPickup {

    /** A method annotation that makes JUnit run the method (ArchUnit's engine runs {@code @ArchTest} fields too). */
    private static final Pattern TEST_ANNOTATION = Pattern.compile(
            "(?m)^\\s*@(?:[\\w.]+\\.)?(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|ArchTest)\\b");

    private TestClassPickup() {}

    /** One test plugin's selection, as Ant-style patterns over paths relative to the test root. */
    record Selection(String plugin, List<String> includes, List<String> excludes) {

        boolean runs(String relativePath) {
            return includes.stream().anyMatch(p -> matches(p, relativePath))
                    && excludes.stream().noneMatch(p -> matches(p, relativePath));
        }
    }

    /** The explicit selection of each plugin in the pom's main build; a plugin without explicit includes is refused. */
    static List<Selection> selections(Path pom, String... plugins) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(pom.toFile());
            List<Selection> selections = new ArrayList<>();
            for (String plugin : plugins) {
                String config = "/project/build/plugins/plugin[artifactId='" + plugin + "']/configuration/";
                List<String> includes = texts(doc, config + "includes/include");
                if (includes.isEmpty()) {
                    throw new IllegalStateException(plugin + " has no explicit <includes> in " + pom
                            + ": its defaults cannot be checked, spell them out");
                }
                selections.add(new Selection(plugin, includes, texts(doc, config + "excludes/exclude")));
            }
            return selections;
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test plugins' selection from " + pom, e);
        }
    }

    /** The source files under {@code testRoot} (relative, with '/') that declare test methods and are not abstract. */
    static List<String> testClasses(Path testRoot) {
        try (Stream<Path> files = Files.walk(testRoot)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(TestClassPickup::declaresTests)
                    .map(f -> testRoot.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test classes that no selection runs. */
    static List<String> notRun(List<String> testClasses, List<Selection> selections) {
        return testClasses.stream()
                .filter(c -> selections.stream().noneMatch(s -> s.runs(c)))
                .toList();
    }

    private static boolean declaresTests(Path file) {
        try {
            String source = Files.readString(file);
            String name = file.getFileName().toString().replaceFirst("\\.java$", "");
            boolean isAbstract = Pattern.compile("(?m)^\\s*(public\\s+)?abstract\\s+class\\s+" + name + "\\b")
                    .matcher(source)
                    .find();
            // an abstract class's tests run in its subclasses, whose names are checked
            return !isAbstract && TEST_ANNOTATION.matcher(source).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Surefire's and Failsafe's pattern language for class files: {@code **} any number of directories, {@code *}
     * any characters within a name, {@code ?} one; a {@code .java} or {@code .class} suffix is the same class.
     * {@code %regex[...]} and method filters are not used here and are refused rather than misread.
     */
    static boolean matches(String pattern, String relativePath) {
        if (pattern.startsWith("%regex[") || pattern.contains("#")) {
            throw new IllegalArgumentException("unsupported test pattern: " + pattern);
        }
        return Pattern.matches(globToRegex(withoutSuffix(pattern.trim())), withoutSuffix(relativePath));
    }

    private static String withoutSuffix(String path) {
        return path.replaceFirst("\\.(java|class)$", "");
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private static List<String> texts(Document doc, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
