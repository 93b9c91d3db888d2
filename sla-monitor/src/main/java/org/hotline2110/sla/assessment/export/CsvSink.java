package org.hotline2110.sla.assessment.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV, UTF-8 with a byte-order mark so that Excel opens Chinese text correctly. One table per file. */
final class CsvSink implements TableSink {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private boolean started;

    CsvSink(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void table(String name, List<String> headers) throws IOException {
        if (started) {
            throw new IllegalStateException("a CSV file holds one table");
        }
        started = true;
        out.write('\uFEFF');
        row(List.copyOf(headers));
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells.get(i);
            if (cell instanceof Number number) {
                out.write(number instanceof java.math.BigDecimal d ? d.toPlainString() : number.toString());
            } else if (cell != null) {
                out.write(text(cell.toString()));
            }
        }
        out.write("\r\n");
    }

    /**
     * Text as typed, except that a spreadsheet must not read it as a formula: one that begins like a formula gets a
     * leading apostrophe, as OWASP advises for CSV injection, and is quoted. Numbers never come here.
     */
    private static String text(String text) {
        boolean formulaLike = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
        if (formulaLike) {
            return '"' + "'" + text.replace("\"", "\"\"") + '"';
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
