package org.hotline2110.sla.assessment.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet per table, written with a streaming writer: rows are flushed to the file every few thousand, and text
 * is written inline rather than into a shared-strings table that would grow with a million ticket numbers.
 */
final class XlsxSink implements TableSink {

    private static final int FLUSH_EVERY = 5_000;

    private final Workbook workbook;
    private Worksheet sheet;
    private int row;

    XlsxSink(OutputStream stream) {
        this.workbook = new Workbook(stream, "Hotline 2110", "1.0");
    }

    @Override
    public void table(String name, List<String> headers) throws IOException {
        finishSheet();
        sheet = workbook.newWorksheet(name);
        row = 0;
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
        }
        sheet.freezePane(0, 1);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        row++;
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof Number number) {
                sheet.value(row, c, number);
            } else if (cell != null) {
                sheet.inlineString(row, c, cell.toString());
            }
        }
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private void finishSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
    }

    @Override
    public void close() throws IOException {
        finishSheet();
        workbook.finish();
    }
}
