package org.retrogistics.web.support;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * A body or parameter that could not be read, said in plain words: what was expected ("a whole number", "an identifier
 * (UUID)", "one of DEFECTIVE, DAMAGED, …"), never the Java type or Jackson's sentence about it.
 */
final class JsonWords {

    private static final int MAX_CHOICES = 20;

    private JsonWords() {}

    /** What went wrong while reading, for the field the problem names. */
    static String describe(JacksonException json) {
        if (json instanceof StrictJson.NulCharacter) {
            return json.getOriginalMessage();
        }
        if (json instanceof InvalidNullException) {
            return "must not be null";
        }
        if (json instanceof PropertyBindingException) {
            return "is not a field of this request";
        }
        if (json instanceof InvalidFormatException format) {
            return "'" + shortened(format.getValue()) + "' is not " + expected(format.getTargetType());
        }
        if (json instanceof MismatchedInputException mismatch) {
            return "expected " + expected(mismatch.getTargetType());
        }
        if (json instanceof tools.jackson.core.exc.StreamReadException) {
            TokenStreamLocation at = json.getLocation();
            return "the body is not well-formed JSON"
                    + (at == null || at.getLineNr() < 0
                            ? ""
                            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        return "has an invalid value";
    }

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(
            int.class,
            Integer.class,
            long.class,
            Long.class,
            short.class,
            Short.class,
            byte.class,
            Byte.class,
            BigInteger.class);

    /** A type as a person would name the value it takes. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            String names = Arrays.stream(constants)
                    .limit(MAX_CHOICES)
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return "one of " + names + (constants.length > MAX_CHOICES ? ", ..." : "");
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a text";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        // Double, Float and BigDecimal are Numbers too
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "an identifier (UUID)";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date and time (ISO 8601, e.g. 2026-01-31T09:30:00Z)";
        }
        if (type == LocalTime.class) {
            return "a time of day (HH:MM)";
        }
        if (type == Duration.class) {
            return "a duration (ISO 8601, e.g. PT30M)";
        }
        if (type == Currency.class) {
            return "a currency code (ISO 4217, e.g. EUR)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a valid value";
    }

    static String shortened(Object value) {
        String text = String.valueOf(value);
        return text.length() > 100 ? text.substring(0, 100) + "..." : text;
    }
}
