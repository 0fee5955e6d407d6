package org.retrogistics.workshop.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import org.retrogistics.workshop.WorkOrderRecords.Completion;
import org.retrogistics.workshop.WorkOrderRecords.PartUsed;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;
import org.retrogistics.workshop.WorkOrderRecords.TestResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The work order's value lists, kept as jsonb columns. */
public final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonColumns() {}

    abstract static class Json<T> implements AttributeConverter<T, String> {
        private final TypeReference<T> type;

        Json(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            return value == null ? null : JSON.writeValueAsString(value);
        }

        @Override
        public T convertToEntityAttribute(String column) {
            return column == null ? null : JSON.readValue(column, type);
        }
    }

    @Converter
    public static class Strings extends Json<List<String>> {
        public Strings() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    public static class Tests extends Json<List<TestResult>> {
        public Tests() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    public static class Parts extends Json<List<PartUsed>> {
        public Parts() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    public static class Result extends Json<Completion> {
        public Result() {
            super(new TypeReference<>() {});
        }
    }

    @Converter
    public static class Sanitisation extends Json<SanitisationRecord> {
        public Sanitisation() {
            super(new TypeReference<>() {});
        }
    }
}
