package org.hotline2110.dispatch.routing;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One routing rule: what it matches and whom it makes lead and assisting departments. */
@Schema(description = "A routing rule: when every criterion it names matches, the ticket goes to its lead")
public record RoutingRule(
        @Schema(description = "Rule id", examples = "R-APPROVALS") @NotBlank @Pattern(regexp = "R-[A-Z0-9-]{1,40}") String id,
        @Schema(description = "The highest priority among matching rules wins") @Min(0) @Max(10000) int priority,
        @Schema(description = "What the rule matches; a criterion left out matches anything") @NotNull @Valid Match match,
        @Schema(description = "Lead department id (主办)", examples = "approval-bureau") @NotBlank @Size(max = 64) String lead,
        @Schema(description = "Assisting department ids (协办)") @Size(max = 10) List<@NotBlank @Size(max = 64) String> assisting) {

    public RoutingRule {
        assisting = assisting == null ? List.of() : List.copyOf(assisting);
    }

    /** Every criterion a rule names must match; a criterion it leaves out matches anything. */
    @Schema(description = "Criteria: topic, demand type, town/street/park, and any keyword in the summary")
    public record Match(
            @Schema(description = "Topic id", examples = "approvals") @Size(max = 64) String topic,
            @Schema(description = "Demand type id", examples = "complaint") @Size(max = 64) String demandType,
            @Schema(description = "Town, street or park id", examples = "hi-tech-park") @Size(max = 64) String town,
            @Schema(description = "Matches when the summary contains any of them", examples = "[\"停水\"]") @Size(max = 20) List<@NotBlank @Size(max = 50) String> keywords) {

        boolean matches(RoutingRequest request) {
            return (topic == null || topic.equals(request.topic()))
                    && (demandType == null || demandType.equals(request.demandType()))
                    && (town == null || town.equals(request.town()))
                    && (keywords == null || keywords.isEmpty()
                            || keywords.stream().anyMatch(k -> request.text().contains(k)));
        }

        boolean isEmpty() {
            return topic == null && demandType == null && town == null && (keywords == null || keywords.isEmpty());
        }
    }
}
