package org.hotline2110.intake.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.hotline2110.contracts.ticket.TicketState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.ticket.Urgency;
import org.hotline2110.intake.enterprise.PhoneMask;
import org.hotline2110.platform.lights.ClockView;

// absent rather than null: a field not known yet is left out, which is what the OpenAPI schema says
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "工单: a ticket as intake-service knows it, with where it is, who has it and its lights")
public record TicketView(
        @Schema(description = "Ticket id", examples = "6f1c1f3e-8a4b-4c0d-9e2f-1a2b3c4d5e6f") UUID id,
        @Schema(description = "Human-readable ticket number: the Shanghai date and that day's count (six digits, wider past 999,999 a day); unique", examples = "20261124-000042") String number,
        @Schema(description = "When the operator logged it", examples = "2026-11-24T02:25:00Z") Instant receivedAt,
        @Schema(description = "The operator who logged it", examples = "operator") String receivedBy,
        @Schema(description = "Channel id (seeds/channels.json)", examples = "phone") String channel,
        @Schema(description = "Demand type id (seeds/demand-types.json)", examples = "help") String demandType,
        @Schema(description = "Topic id (seeds/topics.json)", examples = "approvals") String topic,
        @Schema(description = "NORMAL or URGENT") Urgency urgency,
        @Schema(description = "Town, street or park id (seeds/departments.json)", examples = "xinqiao-town") String town,
        @Schema(description = "Address, when given", examples = "新桥镇工业路8号") String address,
        @Schema(description = "Enterprise name", examples = "浙江恒丰精密机械有限公司") String enterpriseName,
        @Schema(description = "Unified social credit code", examples = "91330782MA28C1X705") String creditCode,
        @Schema(description = "True when the operator accepted a code that fails its check character") boolean creditCodeOverride,
        @Schema(description = "Why the operator accepted a code that fails its check (with creditCodeOverride)", examples = "营业执照原件核对无误，属早期代码") String creditCodeOverrideReason,
        @Schema(description = "Contact person; only operators and admins see it", examples = "王经理") String contactName,
        @Schema(description = "Contact phone; masked for every role but operator and admin", examples = "13857112345") String contactPhone,
        @Schema(description = "Summary", examples = "新建厂房消防验收材料反复退回") String summary,
        @Schema(description = "Description in the enterprise's words", examples = "企业新建二期厂房，消防验收申请材料三次被退回。") String description,
        @Schema(description = "Where the ticket is now") TicketState status,
        @Schema(description = "Lead department (主办) id once assigned", examples = "approval-bureau") String leadDepartment,
        @Schema(description = "Assisting departments (协办)", examples = "[\"housing-construction\"]") List<String> assistingDepartments,
        @Schema(description = "When the status last changed", examples = "2026-11-24T02:30:00Z") Instant statusChangedAt,
        @Schema(description = "Progress of the handling") Handling handling,
        @Schema(description = "The ticket's current clocks, each with its deadline and light (红绿灯), as sla-monitor announced them") List<ClockView> clocks,
        @Schema(description = "When the enterprise will hear from the lead department at the latest: the nearest deadline of its running clocks (contact, reply, resolution)", examples = "2026-11-24T06:00:00Z") Instant hearBackBy,
        @Schema(description = "Repeat calls (重复件) linked to this ticket", examples = "0") int linkedCalls,
        @Schema(description = "True once the contact's name and phone were erased, a retention period after the ticket closed") boolean contactErased) {

    /** The same ticket with the contact person left out and the phone masked. */
    public TicketView withContactMasked() {
        return new TicketView(id, number, receivedAt, receivedBy, channel, demandType, topic, urgency, town, address,
                enterpriseName, creditCode, creditCodeOverride, creditCodeOverrideReason, null,
                contactPhone == null ? null : PhoneMask.mask(contactPhone), summary, description, status,
                leadDepartment, assistingDepartments, statusChangedAt, handling, clocks, hearBackBy, linkedCalls,
                contactErased);
    }

    /** True while the contact's name or phone is there to be read (not erased). */
    public boolean showsContact() {
        return contactName != null || contactPhone != null;
    }

    TicketView withClocks(List<ClockView> current, Instant nearestDeadline) {
        return new TicketView(id, number, receivedAt, receivedBy, channel, demandType, topic, urgency, town, address,
                enterpriseName, creditCode, creditCodeOverride, creditCodeOverrideReason, contactName, contactPhone, summary, description,
                status, leadDepartment, assistingDepartments, statusChangedAt, handling, current, nearestDeadline,
                linkedCalls, contactErased);
    }
}
