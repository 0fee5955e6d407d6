package org.retrogistics.transport.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers for VRPLIB .vrp, Solomon .txt, .sol and bks.csv files (benchmarks and tests only). */
final class VrpFiles {

    private VrpFiles() {}

    /**
     * The instances' folder: the small copy the tests use (src/test/resources/vrp), or the full sets a benchmark names
     * with {@code -Dvrp.data}.
     */
    static Path dataRoot() {
        return Path.of(System.getProperty("vrp.data", "src/test/resources/vrp"));
    }

    static BenchmarkInstance readVrplib(Path file, String set, int vehicleLimit) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String name = file.getFileName().toString().replace(".vrp", "");
        int dimension = 0;
        int capacity = 0;
        String weightType = "EUC_2D";
        double[] x = null;
        double[] y = null;
        int[] demand = null;
        String section = "";
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty()) continue;
            if (line.contains(":") && !Character.isDigit(line.charAt(0))) {
                String key = line.substring(0, line.indexOf(':')).trim();
                String value = line.substring(line.indexOf(':') + 1).trim();
                switch (key) {
                    case "NAME" -> name = value;
                    case "DIMENSION" -> dimension = Integer.parseInt(value);
                    case "CAPACITY" -> capacity = Integer.parseInt(value);
                    case "EDGE_WEIGHT_TYPE" -> weightType = value;
                    default -> {}
                }
                section = "";
                continue;
            }
            if (line.endsWith("SECTION")) {
                section = line;
                if (x == null) {
                    x = new double[dimension];
                    y = new double[dimension];
                    demand = new int[dimension];
                }
                continue;
            }
            if (line.equals("EOF")) break;
            String[] t = line.split("\\s+");
            switch (section) {
                case "NODE_COORD_SECTION" -> {
                    int i = Integer.parseInt(t[0]) - 1;
                    x[i] = Double.parseDouble(t[1]);
                    y[i] = Double.parseDouble(t[2]);
                }
                case "DEMAND_SECTION" -> demand[Integer.parseInt(t[0]) - 1] = Integer.parseInt(t[1]);
                case "DEPOT_SECTION" -> {
                    int depot = Integer.parseInt(t[0]);
                    if (depot != 1 && depot != -1) throw new IOException("depot must be node 1 in " + file);
                }
                default -> {}
            }
        }
        if (!weightType.equals("EUC_2D")) throw new IOException("unsupported EDGE_WEIGHT_TYPE " + weightType);
        BenchmarkInstance.DistanceConvention convention = set.equals("CMT")
                ? BenchmarkInstance.DistanceConvention.EXACT
                : BenchmarkInstance.DistanceConvention.ROUNDED;
        return new BenchmarkInstance(
                name,
                set,
                convention,
                capacity,
                vehicleLimit,
                x,
                y,
                demand,
                new double[0],
                new double[0],
                new double[0]);
    }

    static BenchmarkInstance readSolomon(Path file, String set) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String name = lines.get(0).trim();
        int capacity = 0;
        List<double[]> rows = new ArrayList<>();
        boolean vehicle = false;
        boolean customers = false;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.startsWith("VEHICLE")) vehicle = true;
            if (line.startsWith("CUSTOMER")) customers = true;
            if (line.isEmpty() || !Character.isDigit(line.charAt(0))) continue;
            String[] t = line.split("\\s+");
            if (customers) {
                double[] row = new double[7];
                for (int i = 0; i < 7; i++) row[i] = Double.parseDouble(t[i]);
                rows.add(row);
            } else if (vehicle) {
                capacity = Integer.parseInt(t[1]);
            }
        }
        int nodes = rows.size();
        double[] x = new double[nodes];
        double[] y = new double[nodes];
        int[] demand = new int[nodes];
        double[] ready = new double[nodes];
        double[] due = new double[nodes];
        double[] service = new double[nodes];
        for (double[] r : rows) {
            int i = (int) r[0];
            x[i] = r[1];
            y[i] = r[2];
            demand[i] = (int) r[3];
            ready[i] = r[4];
            due[i] = r[5];
            service[i] = r[6];
        }
        return new BenchmarkInstance(
                name,
                set,
                BenchmarkInstance.DistanceConvention.TRUNCATED_TENTH,
                capacity,
                0,
                x,
                y,
                demand,
                ready,
                due,
                service);
    }

    /** Routes (customer ids 1..n) and the stated cost of a .sol file. */
    record Solution(List<int[]> routes, double cost) {}

    static Solution readSol(Path file) throws IOException {
        List<int[]> routes = new ArrayList<>();
        double cost = Double.NaN;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.trim();
            if (line.startsWith("Route")) {
                String ids = line.substring(line.indexOf(':') + 1).trim();
                routes.add(
                        ids.isEmpty()
                                ? new int[0]
                                : java.util.Arrays.stream(ids.split("\\s+"))
                                        .mapToInt(Integer::parseInt)
                                        .toArray());
            } else if (line.startsWith("Cost")) {
                cost = Double.parseDouble(line.substring(4).trim());
            }
        }
        return new Solution(routes, cost);
    }

    record Bks(String instance, int n, double cost, String set, String problem) {}

    private static final Pattern CSV = Pattern.compile("\"([^\"]*)\"|([^,]*)");

    static Map<String, Bks> readBks(Path file) throws IOException {
        Map<String, Bks> result = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            List<String> cells = new ArrayList<>();
            Matcher m = CSV.matcher(line);
            int at = 0;
            while (at <= line.length() && m.find(at)) {
                cells.add(m.group(1) != null ? m.group(1) : m.group(2));
                at = m.end() + 1;
            }
            Bks bks = new Bks(
                    cells.get(0),
                    Integer.parseInt(cells.get(1)),
                    Double.parseDouble(cells.get(3)),
                    cells.get(5),
                    cells.get(6));
            result.put(bks.instance(), bks);
        }
        return result;
    }

    /** Reads one instance of a set by name: A, B, P, X or CMT (.vrp) or SOLOMON (.txt). */
    static BenchmarkInstance read(String set, String name) throws IOException {
        if (set.equalsIgnoreCase("SOLOMON")) {
            return readSolomon(dataRoot().resolve("vrptw/solomon/" + name + ".txt"), "Solomon");
        }
        // A, B and P give the fleet in the name (-kN) and their best-known solutions use exactly that many.
        int limit = 0;
        if (set.equals("A") || set.equals("B") || set.equals("P")) {
            limit = Integer.parseInt(name.substring(name.lastIndexOf("-k") + 2));
        }
        return readVrplib(dataRoot().resolve("cvrp/" + set + "/" + name + ".vrp"), set, limit);
    }

    static Path solutionFile(String set, String name) {
        return set.equalsIgnoreCase("SOLOMON")
                ? dataRoot().resolve("vrptw/solomon/" + name + ".sol")
                : dataRoot().resolve("cvrp/" + set + "/" + name + ".sol");
    }
}
