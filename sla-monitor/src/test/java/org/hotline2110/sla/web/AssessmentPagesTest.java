package org.hotline2110.sla.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hotline2110.devstack.DevStackTestResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The assessment page in a real Chromium: the files it offers open, and a department's clerk sees its own only. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class AssessmentPagesTest extends PageTest {

    /** The department's tickets assigned now are in this year's assessment, which is the page's default period. */
    private void awaitInAssessment(String department) {
        browser.waitFor(d -> {
            browser.open("/assessment");
            return !browser.all("tr[data-department='" + department + "']").isEmpty();
        });
    }

    @Test
    void theXlsxDownloadOfTheAssessmentPageOpens() throws Exception {
        String department = department();
        tickets.logged(department, "嘉兴南湖新材料有限公司");
        browser.signIn(DevStackTestResource.token("supervisor"), "/assessment");
        awaitInAssessment(department);
        assertThat(browser.find("h1").getText()).isEqualTo("年底综合考核");
        browser.screenshot("assessment-supervisor");

        browser.driver().findElement(By.partialLinkText("下载 XLSX")).click();
        Path file = browser.waitFor(d -> finished(browser.downloads));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("单位汇总", "派单中心", "工单明细", "问题清单", "建议清单", "督办清单", "成果清单");
            Sheet summary = workbook.getSheet("单位汇总");
            DataFormatter cells = new DataFormatter();
            List<String> text = new ArrayList<>();
            for (Row row : summary) {
                row.forEach(cell -> text.add(cells.formatCellValue(cell)));
            }
            assertThat(text).contains(department);
        }
    }

    private static Path finished(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void aDepartmentsClerkSeesItsOwnLineOnlyAndNotAnotherDepartmentsTicket() {
        String own = department();
        String other = department();
        String ownTicket = tickets.logged(own, "湖州吴兴丝绸有限公司");
        String otherTicket = tickets.logged(other, "绍兴柯桥印染有限公司");
        String token = DevStackTestResource.token("department", own);
        browser.signIn(token, "/assessment");
        awaitInAssessment(own);

        List<String> lines = browser.all("tr[data-department]").stream().map(e -> e.getAttribute("data-department"))
                .toList();
        assertThat(lines).containsOnly(own);
        assertThat(browser.all("a[href*='/api/v1/assessments/export']")).isEmpty();
        browser.screenshot("assessment-clerk-own-line");

        browser.open("/tickets/" + ownTicket);
        assertThat(browser.find("h1").getText()).startsWith("工单 KH-");
        browser.open("/tickets/" + otherTicket);
        assertThat(browser.find("h1").getText()).isEqualTo("出错了（404）");
        browser.screenshot("ticket-of-another-department-404");
        given().cookie("hotline_token", token).accept("text/html").when().get("/tickets/" + otherTicket)
                .then().statusCode(404).contentType(startsWith("text/html")).body(containsString("没有找到这一页"));
    }

    @Test
    void eachListOfTheAssessmentIsViewable() {
        browser.signIn(DevStackTestResource.token("supervisor"), "/assessment");
        List<String> titles = browser.all("nav[aria-label='四张清单'] a").stream().map(WebElement::getText).toList();
        assertThat(titles).containsExactly("问题清单", "建议清单", "督办清单", "成果清单");
        for (String title : titles) {
            browser.driver().findElement(By.linkText(title)).click();
            assertThat(browser.find("h1").getText()).isEqualTo(title);
            browser.screenshot("assessment-list-" + title);
            browser.driver().navigate().back();
        }
    }
}
