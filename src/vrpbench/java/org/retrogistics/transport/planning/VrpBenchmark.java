package org.retrogistics.transport.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs our planner and jsprit side by side (one thread each, same budget) on every instance of a set, checks both
 * with the independent FeasibilityChecker, and writes the set's table into docs/benchmarks-vrp.md, replacing only
 * that set's section. Options: --set A|B|P|X|SOLOMON, --budget seconds, --filter regex, --max-n customers,
 * --every k (every k-th instance), --no-jsprit, --seed n, --out file.
 */
public final class VrpBenchmark {

    record Row(
            String instance,
            int n,
            double bks,
            double cost,
            boolean feasible,
            String why,
            double seconds,
            long iterations,
            double jspritCost,
            boolean jspritFeasible,
            String jspritWhy) {}

    public static void main(String[] args) throws Exception {
        String set = "A";
        Double budget = null;
        String filter = ".*";
        int maxN = Integer.MAX_VALUE;
        int every = 1;
        boolean jsprit = true;
        long seed = 1;
        Path out = Path.of("docs/benchmarks-vrp.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> set = args[++i].toUpperCase(Locale.ROOT);
                case "--budget" -> budget = Double.parseDouble(args[++i]);
                case "--filter" -> filter = args[++i];
                case "--max-n" -> maxN = Integer.parseInt(args[++i]);
                case "--every" -> every = Integer.parseInt(args[++i]);
                case "--no-jsprit" -> jsprit = false;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        double seconds = budget != null ? budget : set.equals("X") ? 60 : set.equals("SOLOMON") ? 30 : 10;
        if (set.equals("X") && maxN == Integer.MAX_VALUE) maxN = 400;
        Map<String, VrpFiles.Bks> bks = VrpFiles.readBks(VrpFiles.dataRoot().resolve("bks.csv"));
        Path folder = set.equals("SOLOMON")
                ? VrpFiles.dataRoot().resolve("vrptw/solomon")
                : VrpFiles.dataRoot().resolve("cvrp/" + set);
        String extension = set.equals("SOLOMON") ? ".txt" : ".vrp";
        Pattern pattern = Pattern.compile(filter);
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(extension))
                    .map(f -> f.substring(0, f.length() - extension.length()))
                    .filter(f -> pattern.matcher(f).find())
                    .filter(f -> bks.containsKey(f) && bks.get(f).n() <= Integer.MAX_VALUE)
                    .sorted(VrpBenchmark::natural)
                    .toList();
        }
        List<String> selected = new ArrayList<>();
        List<String> eligible = new ArrayList<>();
        for (String name : names) if (bks.get(name).n() <= maxN) eligible.add(name);
        for (int i = 0; i < eligible.size(); i++) if (i % every == 0) selected.add(eligible.get(i));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Row> rows = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        long budgetMillis = Math.round(seconds * 1000);
        for (String name : selected) {
            BenchmarkInstance inst = VrpFiles.read(set, name);
            double best = bks.get(name).cost();
            long s = seed;
            Future<Plan> ours = pool.submit(() -> BenchmarkPlanning.solve(inst, Duration.ofMillis(budgetMillis), s));
            Future<JspritComparison.Outcome> theirs =
                    jsprit ? pool.submit(() -> JspritComparison.solve(inst, budgetMillis)) : null;
            long started = System.nanoTime();
            Plan plan = ours.get();
            double used = (System.nanoTime() - started) / 1e9;
            FeasibilityChecker.Verdict verdict =
                    FeasibilityChecker.check(inst, BenchmarkPlanning.routes(plan), plan.totalDistance());
            boolean ok = verdict.feasible() && plan.unserved().isEmpty();
            String why = !plan.unserved().isEmpty()
                    ? plan.unserved().size() + " unserved"
                    : verdict.violations().isEmpty() ? "" : verdict.violations().get(0);
            double jCost = Double.NaN;
            boolean jOk = false;
            String jWhy = "";
            if (theirs != null) {
                JspritComparison.Outcome o = theirs.get();
                FeasibilityChecker.Verdict jv = FeasibilityChecker.check(inst, o.routes(), o.cost());
                jCost = jv.recomputedCost();
                jOk = jv.feasible() && o.unassigned() == 0;
                jWhy = o.unassigned() > 0
                        ? o.unassigned() + " unassigned"
                        : jv.violations().isEmpty() ? "" : jv.violations().get(0);
            }
            Row row = new Row(
                    name, inst.customers(), best, plan.totalDistance(), ok, why, used, 0, jCost, jOk, jWhy);
            rows.add(row);
            loads.add(loadAverage());
            System.out.printf(
                    Locale.ROOT,
                    "%-14s n=%4d bks=%10.1f ours=%10.1f (%+.2f%%) %s %.1fs | jsprit=%10.1f (%+.2f%%) %s%n",
                    name,
                    row.n(),
                    best,
                    row.cost(),
                    gap(row.cost(), best),
                    ok ? "feasible" : "INFEASIBLE " + why,
                    used,
                    jCost,
                    gap(jCost, best),
                    theirs == null ? "-" : jOk ? "feasible" : "INFEASIBLE " + jWhy);
        }
        pool.shutdown();
        String load = String.format(
                Locale.ROOT,
                " Load average (1 min, 2 cores) after each instance: mean %.1f, max %.1f.",
                loads.stream().mapToDouble(d -> d).average().orElse(Double.NaN),
                loads.stream().mapToDouble(d -> d).max().orElse(Double.NaN));
        writeSection(out, set, seconds, rows, jsprit, every, maxN, filter, load);
    }

    /** On the cost rounded to the tenth it is printed with, so that a sum of tenths shows no -0.00 %. */
    private static double gap(double cost, double bks) {
        return 100 * (Math.round(cost * 10) / 10.0 - bks) / bks;
    }

    private static int natural(String a, String b) {
        String pa = a.replaceAll("\\d+", "");
        String pb = b.replaceAll("\\d+", "");
        if (!pa.equals(pb)) return a.compareTo(b);
        long[] na = Pattern.compile("\\d+").matcher(a).results().mapToLong(m -> Long.parseLong(m.group())).toArray();
        long[] nb = Pattern.compile("\\d+").matcher(b).results().mapToLong(m -> Long.parseLong(m.group())).toArray();
        for (int i = 0; i < Math.min(na.length, nb.length); i++) if (na[i] != nb[i]) return Long.compare(na[i], nb[i]);
        return a.compareTo(b);
    }

    private static void writeSection(
            Path out,
            String set,
            double seconds,
            List<Row> rows,
            boolean jsprit,
            int every,
            int maxN,
            String filter,
            String load)
            throws IOException {
        boolean tenths = set.equals("SOLOMON");
        String f = tenths ? "%.1f" : "%.0f";
        StringBuilder s = new StringBuilder();
        s.append("<!-- set:").append(set).append(" -->\n");
        s.append("## ")
                .append(title(set))
                .append(String.format(Locale.ROOT, " — %s s per instance", trim(seconds)))
                .append("\n\n");
        s.append(String.format(
                Locale.ROOT,
                "Run %s; %d instance(s)%s%s%s. Ours and jsprit side by side, one thread each.%s\n\n",
                LocalDate.now(ZoneOffset.UTC),
                rows.size(),
                every > 1 ? ", every " + every + "-th instance of the set" : "",
                maxN != Integer.MAX_VALUE ? ", up to " + maxN + " customers" : "",
                filter.equals(".*") ? "" : ", filter `" + filter + "`",
                load));
        s.append("| instance | n | BKS | our cost | our gap % | feasible | time used s | jsprit cost | jsprit gap % | jsprit feasible |\n");
        s.append("|---|---:|---:|---:|---:|---|---:|---:|---:|---|\n");
        double ourSum = 0;
        double theirSum = 0;
        int ourFeasible = 0;
        int theirFeasible = 0;
        // An infeasible solution (say one stop left out) can cost less than the BKS: only feasible ones count.
        for (Row r : rows) {
            if (r.feasible()) {
                ourSum += gap(r.cost(), r.bks());
                ourFeasible++;
            }
            if (jsprit && r.jspritFeasible()) {
                theirSum += gap(r.jspritCost(), r.bks());
                theirFeasible++;
            }
            s.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | " + f + " | " + f + " | %.2f | %s | %.1f | %s | %s | %s |\n",
                    r.instance(),
                    r.n(),
                    r.bks(),
                    r.cost(),
                    gap(r.cost(), r.bks()),
                    r.feasible() ? "yes" : "NO: " + r.why(),
                    r.seconds(),
                    jsprit ? String.format(Locale.ROOT, f, r.jspritCost()) : "–",
                    jsprit ? String.format(Locale.ROOT, "%.2f", gap(r.jspritCost(), r.bks())) : "–",
                    jsprit ? (r.jspritFeasible() ? "yes" : "NO: " + r.jspritWhy()) : "–"));
        }
        s.append(String.format(
                Locale.ROOT,
                "\n**Mean gap over feasible solutions: ours %.2f %% (%d/%d feasible)%s.**\n",
                ourSum / Math.max(1, ourFeasible),
                ourFeasible,
                rows.size(),
                jsprit
                        ? String.format(
                                Locale.ROOT,
                                "; jsprit %.2f %% (%d/%d feasible)",
                                theirSum / Math.max(1, theirFeasible),
                                theirFeasible,
                                rows.size())
                        : ""));
        s.append("<!-- /set:").append(set).append(" -->\n");

        String doc = Files.exists(out) ? Files.readString(out) : "";
        String begin = "<!-- set:" + set + " -->";
        String end = "<!-- /set:" + set + " -->\n";
        int from = doc.indexOf(begin);
        if (from >= 0) {
            int to = doc.indexOf(end, from) + end.length();
            doc = doc.substring(0, from) + s + doc.substring(to);
        } else {
            doc = doc + (doc.isEmpty() || doc.endsWith("\n\n") ? "" : "\n") + s;
        }
        Files.writeString(out, doc);
    }

    /** What else the machine was doing shows in its load: 2 means both cores busy. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String title(String set) {
        return switch (set) {
            case "SOLOMON" -> "Solomon VRPTW (distance objective, one-decimal truncation, fleet free)";
            case "X" -> "CVRP set X (Uchoa et al.)";
            default -> "CVRP set " + set + " (Augerat et al.)";
        };
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    private VrpBenchmark() {}
}
