package org.hotline2110.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every page of sla-monitor, as an admin (who may open them all), at the hall's 1366x768 and a phone's 390 px: usable
 * without scrolling sideways (wide tables scroll in their own box), one h1, lang="zh-CN", a label on every control, no
 * console error, and nothing fetched from another host.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class PageChecksTest extends PageTest {

    private static final Map<String, Integer> WIDTHS = Map.of("1366", 1366, "390", 390);


    @Test
    void everyPageIsUsableAtBothSizesLabelledAndQuiet() {
        String id = tickets.logged("market-regulation", "金华义乌小商品贸易有限公司");
        browser.signIn(DevStackTestResource.token("admin"), "/");
        browser.waitFor(d -> !browser.all("tr[data-department='market-regulation']").isEmpty());
        Map<String, String> pages = Map.of("board", "/", "board-list", "/?department=market-regulation",
                "big-screen", "/big-screen", "ticket", "/tickets/" + id, "assessment", "/assessment",
                "assessment-list", "/assessment/lists/problems", "calendar", "/calendar", "sign-in", "/sign-in");
        browser.consoleErrors();
        for (var width : WIDTHS.entrySet()) {
            browser.size(width.getValue(), width.getValue() == 390 ? 844 : 768);
            for (var page : pages.entrySet()) {
                browser.open(page.getValue());
                browser.waitFor(d -> "complete".equals(browser.script("return document.readyState;")));
                check(page.getKey() + " at " + width.getKey());
                browser.screenshot("page-" + page.getKey() + "-" + width.getKey());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void check(String what) {
        // from the keyboard, the first Tab reaches the skip link, and it leads to the page's content
        browser.find("body").sendKeys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.getAttribute('href');")).as(what).isEqualTo("#main");
        assertThat(browser.script("return document.documentElement.lang;")).as(what).isEqualTo("zh-CN");
        assertThat(browser.all("h1")).as(what + ": one h1").hasSize(1);
        List<String> unlabelled = (List<String>) browser.script("""
                var bad = [];
                document.querySelectorAll('input:not([type=hidden]), select, textarea, button').forEach(function (e) {
                  var named = (e.labels && e.labels.length > 0) || e.getAttribute('aria-label')
                      || (e.tagName === 'BUTTON' && e.textContent.trim());
                  if (!named) { bad.push(e.outerHTML); }
                });
                return bad;""");
        assertThat(unlabelled).as(what + ": controls without a label").isEmpty();
        Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as(what + ": scrolls sideways").isLessThanOrEqualTo(0);
        assertThat(browser.requested()).as(what + ": asked another host").allMatch(u -> u.startsWith(browser.origin()));
        assertThat(browser.consoleErrors()).as(what + ": console errors").isEmpty();
    }
}
