package org.hotline2110.dispatch.workflow;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hotline2110.contracts.ticket.ContactMethod;

/** The bodies of the actions on a ticket; every string is bounded. */
public final class ActionRequests {

    private ActionRequests() {
    }

    @Schema(description = "Contact with the enterprise (2 hours)")
    public record Contact(
            @Schema(description = "PHONE, ON_SITE (到达现场) or VISIT (走访)") @NotNull ContactMethod method,
            @Schema(description = "When the enterprise was reached; now when left out. Not in the future, not before the assignment") Instant contactedAt,
            @Schema(description = "What was said", examples = "已电话联系企业王经理，约定明日上门") @Size(max = 2000) String note) {
    }

    @Schema(description = "The preliminary reply (初步办理意见, 1 working day)")
    public record Reply(
            @Schema(description = "The reply given to the enterprise", examples = "已受理，正在协调消防验收材料清单") @NotBlank @Size(max = 4000) String text) {
    }

    @Schema(description = "The resolution (10 working days)")
    public record Resolve(
            @Schema(description = "What was done and the result", examples = "已一次性告知所需材料，企业已补齐并通过验收") @NotBlank @Size(max = 4000) String result,
            @Schema(description = "References to attached documents (document-store ids or URLs), at most 10") @Size(max = 10) List<@NotBlank @Size(max = 500) String> attachments) {
    }

    @Schema(description = "A return (退单) asked of the dispatch centre; only before contact")
    public record AskReturn(
            @Schema(description = "Why the ticket is not this department's", examples = "不属于本单位职责：厂房产权登记归自然资源和规划局") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "A suspension (挂起) asked of the dispatch centre")
    public record AskSuspension(
            @Schema(description = "Why the work must wait", examples = "等待企业补交土地证明材料") @NotBlank @Size(max = 500) String reason,
            @Schema(description = "When the department expects to resume") Instant expectedResumeAt) {
    }

    @Schema(description = "An extension (延期) of the RESOLVE deadline asked of the dispatch centre; before the deadline")
    public record AskExtension(
            @Schema(description = "Working days, 1 to 10") @Min(1) @Max(10) int workingDays,
            @Schema(description = "Why more time is needed", examples = "补助资金需待市财政局下一批预算下达") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "A note in the handling log (lead or assisting department)")
    public record Note(
            @Schema(description = "The note", examples = "协办意见：补助资金已列入下一批预算") @NotBlank @Size(max = 2000) String note) {
    }

    @Schema(description = "Ending a suspension")
    public record Resume(
            @Schema(description = "Why work resumes", examples = "企业已补交材料") @Size(max = 500) String note) {
    }

    @Schema(description = "Routing by hand: the lead department and any assisting ones")
    public record Route(
            @Schema(description = "Lead department id (主办)", examples = "natural-resources") @NotBlank @Size(max = 64) String lead,
            @Schema(description = "Assisting department ids (协办)") @Size(max = 10) List<@NotBlank @Size(max = 64) String> assisting,
            @Schema(description = "Why this department", examples = "厂房产权登记属自然资源和规划局职责") @Size(max = 500) String note) {

        public List<String> assistingOrNone() {
            return assisting == null ? List.of() : assisting;
        }
    }

    @Schema(description = "Approval of a request; for a return, the new lead (leave out to send the ticket to the manual queue)")
    public record Approve(
            @Schema(description = "RETURN only: the new lead department") @Size(max = 64) String lead,
            @Schema(description = "RETURN only: the new assisting departments") @Size(max = 10) List<@NotBlank @Size(max = 64) String> assisting,
            @Schema(description = "A note on the decision") @Size(max = 500) String note) {
    }

    @Schema(description = "Refusal of a request")
    public record Reject(
            @Schema(description = "Why it is refused", examples = "属本单位职责范围，请继续办理") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "Urging (督办)")
    public record Urge(
            @Schema(description = "The urging message", examples = "请于今日内联系企业并反馈办理进度") @NotBlank @Size(max = 1000) String message) {
    }

    @Schema(description = "Reopening (重办) after a dissatisfied call-back")
    public record Reopen(
            @Schema(description = "Why", examples = "回访不满意：补助仅拨付一半") @NotBlank @Size(max = 500) String reason) {
    }
}
