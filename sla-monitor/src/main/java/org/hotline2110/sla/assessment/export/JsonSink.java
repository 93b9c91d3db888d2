package org.hotline2110.sla.assessment.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One JSON document written as it goes: the period, then each table as an array of objects keyed by the same Chinese
 * column headers as the CSV and XLSX exports, so the three formats read alike.
 */
final class JsonSink implements TableSink {

    private final JsonGenerator json;
    private List<String> headers;

    JsonSink(ObjectMapper mapper, OutputStream stream, Map<String, Object> meta) throws IOException {
        this.json = mapper.getFactory().createGenerator(stream, JsonEncoding.UTF8);
        json.writeStartObject();
        for (Map.Entry<String, Object> entry : meta.entrySet()) {
            json.writeObjectField(entry.getKey(), entry.getValue());
        }
    }

    @Override
    public void table(String name, List<String> headers) throws IOException {
        endTable();
        this.headers = headers;
        json.writeArrayFieldStart(name);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        json.writeStartObject();
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            json.writeFieldName(headers.get(c));
            if (cell == null) {
                json.writeNull();
            } else if (cell instanceof BigDecimal decimal) {
                json.writeNumber(decimal);
            } else if (cell instanceof Number number) {
                json.writeNumber(number.longValue());
            } else {
                json.writeString(cell.toString());
            }
        }
        json.writeEndObject();
    }

    private void endTable() throws IOException {
        if (headers != null) {
            json.writeEndArray();
        }
    }

    @Override
    public void close() throws IOException {
        endTable();
        json.writeEndObject();
        json.flush();
    }
}
