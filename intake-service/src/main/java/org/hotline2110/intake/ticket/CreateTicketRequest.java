package org.hotline2110.intake.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an operator logs for one call. Vocabulary fields are checked against seeds/ by the service. */
@Schema(description = "一个企业诉求工单 (an enterprise's demand as the operator logs it)")
public record CreateTicketRequest(
        @Schema(description = "The enterprise making the demand") @NotNull @Valid EnterpriseInput enterprise,
        @Schema(description = "Who at the enterprise to contact; stored in intake-service only") @NotNull @Valid ContactInput contact,
        @Schema(description = "Channel id from seeds/channels.json", examples = "phone") @NotBlank @Size(max = 40) String channel,
        @Schema(description = "Demand type id from seeds/demand-types.json", examples = "help") @NotBlank @Size(max = 40) String demandType,
        @Schema(description = "Topic id from seeds/topics.json", examples = "approvals") @NotBlank @Size(max = 40) String topic,
        @Schema(description = "URGENT runs the contact clock on elapsed time, day or night; default NORMAL", enumeration = { "NORMAL", "URGENT" })
        @Pattern(regexp = "NORMAL|URGENT", message = "must be NORMAL or URGENT") String urgency,
        @Schema(description = "Town, street or park id from seeds/departments.json", examples = "xinqiao-town") @NotBlank @Size(max = 40) String town,
        @Schema(description = "Street address of the enterprise or the site", examples = "新桥镇工业路8号") @Size(max = 200) String address,
        @Schema(description = "One line that says what the enterprise needs", examples = "新建厂房消防验收材料反复退回") @NotBlank @Size(max = 200) String summary,
        @Schema(description = "The demand in the enterprise's words", examples = "企业新建二期厂房，消防验收申请材料三次被退回。") @NotBlank @Size(max = 4000) String description) {

    @Schema(description = "企业 (the enterprise)")
    public record EnterpriseInput(
            @Schema(description = "Registered name", examples = "浙江恒丰精密机械有限公司") @NotBlank @Size(max = 100) String name,
            @Schema(description = "Unified social credit code, 18 characters (GB 32100-2015)", examples = "91330782MA28C1X705")
            @NotBlank @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "must be 18 characters from 0-9 and A-Y without I, O, S, V, Z") String creditCode,
            @Schema(description = "Accept a code whose check character fails (a few early codes do); recorded with the ticket")
            boolean creditCodeOverride,
            @Schema(description = "Required with creditCodeOverride: why the failing code was accepted; shown on the ticket and in the assessment's problem list",
                    examples = "营业执照原件核对无误，属早期代码") @Size(max = 200) String creditCodeOverrideReason) {
    }

    @Schema(description = "联系人 (the contact person)")
    public record ContactInput(
            @Schema(description = "Contact person's name", examples = "王经理") @NotBlank @Size(max = 50) String name,
            @Schema(description = "Mobile or landline number", examples = "13857112345")
            @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{6,19}", message = "must be a phone number of 7 to 20 digits") String phone) {
    }
}
