#!/bin/sh
# The topics the services use (k8s/base/topics.yaml lists the same), with the local stack's 3 partitions.
set -eu
topics="hotline.ticket.received.v1 hotline.ticket.lifecycle.v1 hotline.ticket.feedback.v1 hotline.sla.alert.v1
hotline.ticket.received.v1.dispatch-service.dlq hotline.ticket.received.v1.sla-monitor.dlq
hotline.ticket.lifecycle.v1.intake-service.dlq hotline.ticket.lifecycle.v1.sla-monitor.dlq
hotline.ticket.lifecycle.v1.notification-service.dlq
hotline.ticket.feedback.v1.dispatch-service.dlq hotline.ticket.feedback.v1.sla-monitor.dlq
hotline.sla.alert.v1.intake-service.dlq hotline.sla.alert.v1.dispatch-service.dlq
hotline.sla.alert.v1.notification-service.dlq"
for topic in $topics; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server kafka:9092 --create --if-not-exists \
    --topic "$topic" --partitions 3 --replication-factor 1
done
