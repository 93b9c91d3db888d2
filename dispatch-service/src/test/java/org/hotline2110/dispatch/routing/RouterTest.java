package org.hotline2110.dispatch.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The seed rules, read as dispatch reads them, against the cases a dispatcher would check by hand. */
class RouterTest {

    private static final List<RoutingRule> SEEDS = SeedRules.read(new ObjectMapper());

    @ParameterizedTest(name = "{0} / {1} / {2} / \"{3}\" -> {4} by {5}")
    @CsvSource(nullValues = "-", value = {
            "approvals,          help,       xinqiao-town,              材料退回,           approval-bureau,            R-APPROVALS",
            "approvals,          help,       hi-tech-park,              材料退回,           hi-tech-park,               R-HITECH-APPROVALS",
            "policy-fulfilment,  consultation, xinqiao-town,            技改补助,           development-reform,         R-POLICY",
            "financing,          help,       hexi-town,                 贷款,               finance,                    R-FINANCING",
            "land-energy,        help,       hexi-town,                 用电增容,           natural-resources,          R-LAND-ENERGY",
            "land-energy,        help,       economic-development-zone, 用电增容,           economic-development-zone,  R-EDZ-LAND",
            "inspections,        help,       hexi-town,                 重复检查,           law-enforcement,            R-INSPECTIONS",
            "inspections,        complaint,  hexi-town,                 重复检查,           law-enforcement,            R-COMPLAINT-INSPECTIONS",
            "utilities,          help,       shanhou-town,              厂区突然停水,       water-supply,               R-UTILITIES-WATER",
            "utilities,          help,       shanhou-town,              电压不稳,           power-supply,               R-UTILITIES",
            "arrears,            complaint,  chengguan-street,          工程款,             industry-it,                R-ARREARS",
            "talent,             consultation, chengguan-street,        人才公寓,           human-resources,            R-TALENT",
            "still-finding-people, help,     chengguan-street,          办事找不到人,       approval-bureau,            R-FINDING-PEOPLE",
            "broken-promises,    complaint,  chengguan-street,          承诺未兑现,         development-reform,         R-BROKEN-PROMISES",
            "other,              suggestion, hi-tech-park,              增设公交,           -,                          -",
    })
    void routesByTheSeedRules(String topic, String demandType, String town, String text, String lead, String rule) {
        var routed = Router.route(SEEDS, new RoutingRequest(topic, demandType, town, text));
        if (lead == null) {
            assertThat(routed).as("no rule: manual queue").isEmpty();
        } else {
            assertThat(routed).hasValueSatisfying(r -> {
                assertThat(r.lead()).isEqualTo(lead);
                assertThat(r.id()).isEqualTo(rule);
            });
        }
    }
}
