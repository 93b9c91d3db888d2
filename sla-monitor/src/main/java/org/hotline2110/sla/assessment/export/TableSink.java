package org.hotline2110.sla.assessment.export;

import java.io.IOException;
import java.util.List;

/**
 * Where the export's tables go, row by row as they are read: a cell is a String, a Number or null. Each format keeps
 * only the row in hand, so a year of tickets streams through.
 */
interface TableSink extends AutoCloseable {

    void table(String name, List<String> headers) throws IOException;

    void row(List<Object> cells) throws IOException;

    /** Finishes the file; the stream it writes to stays open. */
    @Override
    void close() throws IOException;
}
