package org.hotline2110.sla.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An admin loads a year's holidays from a file: a preview first, then the year is listed. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class CalendarPageTest extends PageTest {

    @Test
    void aYearLoadedFromAFileIsPreviewedThenListed() throws Exception {
        Path file = Files.createTempFile("holidays-2098", ".json");
        Files.writeString(file, """
                {"holidays":[{"date":"2098-01-01","name":"元旦"},{"date":"2098-01-02","name":"元旦"}],
                 "makeupWorkdays":[{"date":"2098-01-04","name":"元旦"}]}""");
        browser.signIn(DevStackTestResource.token("admin"), "/calendar");
        assertThat(browser.find("h1").getText()).startsWith("工作日历");
        assertThat(browser.text(".banner")).contains("尚未载入");

        browser.find("input[name=year]").clear();
        browser.find("input[name=year]").sendKeys("2098");
        browser.find("input[type=file]").sendKeys(file.toString());
        browser.find("form[hx-post='/calendar/preview'] button").click();
        browser.waitFor(d -> browser.text("#preview").contains("个在办时限重新计算"));
        assertThat(browser.text("#preview")).contains("2098 年：2 个节假日，1 个调休上班日");
        browser.script("document.getElementById('preview').scrollIntoView();");
        browser.screenshot("calendar-preview");

        browser.find("#preview button").click();
        browser.waitFor(d -> browser.text("#preview").contains("2098 年的节假日已载入"));
        browser.open("/calendar");
        browser.waitFor(d -> !browser.all("tr[data-year='2098']").isEmpty());
        assertThat(browser.text("tr[data-year='2098']")).contains("2 天：1月1日、1月2日").contains("1 天：1月4日");
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("calendar-loaded");
    }
}
