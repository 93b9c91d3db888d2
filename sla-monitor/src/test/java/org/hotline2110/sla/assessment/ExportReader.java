package org.hotline2110.sla.assessment;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.hotline2110.devstack.DevStackTestResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an export back into tables of text cells, the way a person comparing them would: a number by its value
 * (89.04 and 89.040 are the same figure), an empty cell as "". Headers are the first row.
 */
final class ExportReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportReader() {
    }

    static byte[] download(String from, String to, String format, String table) {
        var request = given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .queryParam("from", from).queryParam("to", to).queryParam("format", format);
        if (table != null) {
            request.queryParam("table", table);
        }
        return request.when().get("/api/v1/assessments/export").then().statusCode(200).extract().asByteArray();
    }

    /** A CSV export, after checking it starts with the UTF-8 byte-order mark. */
    static List<List<String>> csv(byte[] body) {
        if (body.length < 3 || (body[0] & 0xFF) != 0xEF || (body[1] & 0xFF) != 0xBB || (body[2] & 0xFF) != 0xBF) {
            throw new AssertionError("CSV without a UTF-8 byte-order mark");
        }
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(norm(cell.toString()));
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(norm(cell.toString()));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++; // the \n
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    /** Every sheet of an XLSX export, read with a library, by sheet name. */
    static Map<String, List<List<String>>> xlsx(byte[] body) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                int width = 0;
                for (Row row : sheet.read()) {
                    width = Math.max(width, row.getCellCount());
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        cells.add(row.getCellCount() > c && row.getCell(c) != null
                                ? norm(row.getCellText(c)) : "");
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    /** Every table of a JSON export, rows as header-then-values like the other two. */
    static Map<String, List<List<String>>> json(byte[] body) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(body);
            root.fields().forEachRemaining(field -> {
                if (!field.getValue().isArray()) {
                    return;
                }
                List<List<String>> rows = new ArrayList<>();
                for (JsonNode object : field.getValue()) {
                    if (rows.isEmpty()) {
                        List<String> headers = new ArrayList<>();
                        object.fieldNames().forEachRemaining(headers::add);
                        rows.add(headers);
                    }
                    List<String> cells = new ArrayList<>();
                    object.forEach(value -> cells.add(value.isNull() ? "" : norm(value.asText())));
                    rows.add(cells);
                }
                tables.put(field.getKey(), rows);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    static String norm(String text) {
        if (text == null) {
            return "";
        }
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
