package org.retrogistics.recycling;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The UN University e-waste product keys (UNU keys) with their description, EU-6 WEEE collection category and average
 * weight per unit: the default (no country) average of the latest year the data lists. Read from the three CSV files
 * of the Statistics Netherlands "ewaste" data set (resources {@code recycling/unu/}, source and licence beside them).
 */
public final class UnuKeyTable {

    /** One key: "0306", "Mobile Phones (incl. smartphones, pagers)", EU-6 category "6", 90 g as of 2021. */
    public record UnuKey(String key, String description, String weeeCategory, long averageGrams, int year) {}

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private final Map<String, UnuKey> keys;

    private UnuKeyTable(Map<String, UnuKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    public Optional<UnuKey> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(keys.get(key.strip()));
    }

    public Collection<UnuKey> all() {
        return new TreeMap<>(keys).values();
    }

    public int size() {
        return keys.size();
    }

    /** Reads the weight, description and aggregate tables; a key without a default weight is left out. */
    public static UnuKeyTable read(Reader weights, Reader descriptions, Reader aggregates) {
        Map<String, String> description = new HashMap<>();
        for (List<String> row : rows(descriptions)) {
            description.put(row.get(0), row.get(1));
        }
        Map<String, String> eu6 = new HashMap<>();
        for (List<String> row : rows(aggregates)) {
            eu6.put(row.get(0), row.get(1));
        }
        Map<String, UnuKey> keys = new HashMap<>();
        for (List<String> row : rows(weights)) {
            String key = row.get(0);
            String country = row.get(1);
            if (!country.isEmpty() || row.get(2).isEmpty()) {
                continue;
            }
            int year = Integer.parseInt(row.get(3));
            UnuKey known = keys.get(key);
            if (known == null || known.year() < year) {
                long grams = new BigDecimal(row.get(2))
                        .multiply(BigDecimal.valueOf(1000))
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
                keys.put(key, new UnuKey(key, description.get(key), eu6.get(key), grams, year));
            }
        }
        return new UnuKeyTable(keys);
    }

    /** The data rows of an RFC 4180 file (header and blank lines skipped), each field stripped of spaces. */
    static List<List<String>> rows(Reader reader) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                } else if (record.size() > 1 || !record.get(0).isEmpty()) {
                    rows.add(record.toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
