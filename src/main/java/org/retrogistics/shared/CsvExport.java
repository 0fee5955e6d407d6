package org.retrogistics.shared;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way an export is written as CSV (RFC 4180, CRLF unless told otherwise). Every text cell is guarded against
 * spreadsheet formulas (OWASP "CSV injection"): a cell starting with {@code = + - @}, a tab, a carriage return or a NUL gets a
 * leading {@code '}, so a spreadsheet shows it as text instead of running it. Plain numbers are left alone, so a
 * negative amount such as {@code -12.50} stays a number. Commas, quotes and line breaks are quoted by Commons CSV.
 *
 * <p>The writer belongs to the caller: {@link #flush()} when streaming into a response, {@link #close()} when the
 * export owns it.
 */
public final class CsvExport implements Flushable, Closeable {

    private static final String TRIGGERS = "=+-@\t\r\0";
    /** A plain decimal number, signed or not: what a spreadsheet reads as a number, never as a formula. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d+)?|\\.\\d+)");

    private final CSVPrinter printer;

    private CsvExport(Appendable out, String recordSeparator) {
        try {
            this.printer = new CSVPrinter(
                    out,
                    CSVFormat.RFC4180
                            .builder()
                            .setRecordSeparator(recordSeparator)
                            .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 with CRLF line ends. */
    public static CsvExport to(Appendable out) {
        return new CsvExport(out, "\r\n");
    }

    /** RFC 4180 with LF line ends, for files that are read back by tools expecting one line per record. */
    public static CsvExport withLf(Appendable out) {
        return new CsvExport(out, "\n");
    }

    /** The column names, as given (they are ours, not data). */
    public CsvExport header(String... columns) {
        return header(List.of(columns));
    }

    public CsvExport header(List<String> columns) {
        try {
            printer.printRecord(columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** One record; each value becomes a guarded cell (see {@link #cell(Object)}). */
    public CsvExport row(Object... values) {
        // an empty cell (null) is a legitimate value, which List.of would refuse
        return row(Arrays.asList(values));
    }

    public CsvExport row(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object v : values) {
            cells.add(cell(v));
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A value as a cell: null is empty, a {@link BigDecimal} is written in plain notation, a number as itself, any
     * other value as its text with the formula guard.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return guard(value.toString());
    }

    /**
     * The text with a leading {@code '} if a spreadsheet would read it as a formula. A text that already starts with
     * quotes before a trigger gets one more, so that {@link #unguard} gives back exactly what was written.
     */
    public static String guard(String text) {
        if (text == null) {
            return "";
        }
        return needsGuard(text) ? "'" + text : text;
    }

    /** The value a guarded cell stood for: reading back an export gives what was exported. */
    public static String unguard(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && needsGuard(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean needsGuard(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length() || TRIGGERS.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        return i > 0 || !NUMBER.matcher(text).matches();
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
