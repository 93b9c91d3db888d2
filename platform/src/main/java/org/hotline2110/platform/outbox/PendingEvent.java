package org.hotline2110.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import io.vertx.mutiny.sqlclient.Row;

/** An outbox row not yet published, and its Kafka record in CloudEvents binary mode. */
record PendingEvent(long position, UUID eventId, String type, String topic, String key, String payload,
        OffsetDateTime occurredAt) {

    static PendingEvent of(Row row) {
        return new PendingEvent(row.getLong("position"), row.getUUID("event_id"), row.getString("event_type"),
                row.getString("topic"), row.getString("record_key"), row.getString("payload"),
                row.getOffsetDateTime("occurred_at"));
    }

    ProducerRecord<String, String> toRecord(String source) {
        List<Header> headers = List.of(
                header("ce_specversion", "1.0"),
                header("ce_id", eventId.toString()),
                header("ce_type", type),
                header("ce_source", source),
                header("ce_time", occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString()),
                header("ce_subject", key),
                header("content-type", "application/json"));
        return new ProducerRecord<>(topic, null, key, payload, headers);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
