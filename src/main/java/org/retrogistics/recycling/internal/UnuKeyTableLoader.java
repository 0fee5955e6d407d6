package org.retrogistics.recycling.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.retrogistics.recycling.RecyclingSettings;
import org.retrogistics.recycling.UnuKeyTable;
import org.retrogistics.recycling.WeightEstimation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Loads the UNU key table once at start-up: from {@code retrogistics.recycling.unu-data-dir} when it names a directory
 * with the three files, otherwise from the copy shipped in the application, which is always there.
 */
@Configuration(proxyBeanMethods = false)
class UnuKeyTableLoader {

    private static final Logger log = LoggerFactory.getLogger(UnuKeyTableLoader.class);
    static final String WEIGHTS = "htbl_Key_Weight.csv";
    static final String DESCRIPTIONS = "htbl_Key_Description.csv";
    static final String AGGREGATES = "htbl_Key_Aggregates.csv";

    @Bean
    UnuKeyTable unuKeyTable(RecyclingSettings settings) {
        Path dir = settings.unuDataDir();
        if (dir != null) {
            if (List.of(WEIGHTS, DESCRIPTIONS, AGGREGATES).stream().allMatch(f -> Files.isReadable(dir.resolve(f)))) {
                UnuKeyTable table = read(f -> Files.newInputStream(dir.resolve(f)));
                log.info("UNU e-waste keys: {} keys from {}", table.size(), dir.toAbsolutePath());
                return table;
            }
            log.warn(
                    "UNU e-waste keys: {} lacks {}, {} or {}; using the shipped copy",
                    dir,
                    WEIGHTS,
                    DESCRIPTIONS,
                    AGGREGATES);
        }
        return read(f -> new ClassPathResource("recycling/unu/" + f).getInputStream());
    }

    @Bean
    WeightEstimation weightEstimation(UnuKeyTable unu) {
        return new WeightEstimation(unu);
    }

    interface Source {
        InputStream open(String file) throws IOException;
    }

    static UnuKeyTable read(Source source) {
        try (Reader w = reader(source, WEIGHTS);
                Reader d = reader(source, DESCRIPTIONS);
                Reader a = reader(source, AGGREGATES)) {
            return UnuKeyTable.read(w, d, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(Source source, String file) throws IOException {
        return new InputStreamReader(source.open(file), StandardCharsets.UTF_8);
    }
}
