package io.coastwatch.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.server.support.Browser;
import io.coastwatch.server.support.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.TestPropertySource;

/**
 * The administration screen (Quản trị) in a real headless Chromium over the demo organisation: the
 * tree of the former Ninh Thuận command before the 2025 merger and of Khánh Hòa after it, a unit's two
 * versions, the persons and the patrol boats with their MMSIs, and the audit log filtered by record
 * kind with its export for an inspector; then the forms: a station created (its missing field named
 * beside the field, in Vietnamese), a person moved to it, and a file with a bad line imported — the line
 * shown in Vietnamese and nothing of the file imported. Screenshots under
 * {@code target/console-screenshots/admin-*}.
 */
@TestPropertySource(properties = "coastwatch.organisation.seed=demo")
class ConsoleAdminTest extends BrowserTest {

    @Test
    void showsTheOrganisationOfADayItsHistoryItsPeopleAndBoatsAndTheAuditLog() {
        try (Browser browser = new Browser(1366, 768)) {
            logIn(browser, "admin", ADMIN_PASSWORD);
            browser.js("location.hash = '#/admin/units?on=2025-06-30'");
            browser.waitFor("the tree of 30 June 2025", WAIT, () -> text(browser, "#admin-tree").contains("Ninh Thuận"));
            assertTrue(text(browser, "#admin-tree-day").contains("2025-06-30"), text(browser, "#admin-tree-day"));
            assertTrue(!text(browser, "#admin-tree").contains("Khánh Hòa"), "before the merger: " + text(browser, "#admin-tree"));
            browser.screenshot("admin-01-units-2025-06-30");

            browser.js("location.hash = '#/admin/units?on=2025-07-01'");
            browser.waitFor("the tree of 1 July 2025", WAIT, () -> text(browser, "#admin-tree").contains("Khánh Hòa"));
            WebElement station = browser.find("#admin-tree li[data-unit='dbp-ca-na'] > button");
            assertEquals("Đồn Biên phòng Cà Ná", station.getText());
            station.click();
            browser.waitFor("Cà Ná's versions", WAIT, () -> browser.findAll("#admin-versions li").size() == 2);
            List<String> versions = browser.findAll("#admin-versions li").stream().map(WebElement::getText).toList();
            assertTrue(versions.get(0).contains("Ninh Thuận") && versions.get(1).contains("Khánh Hòa"), versions.toString());
            browser.screenshot("admin-02-units-2025-07-01-history");

            browser.find("#admin-tab-persons").click();
            browser.waitFor("the persons", WAIT, () -> text(browser, "#admin-table-persons").contains("Nguyễn Văn Hùng"));
            assertTrue(text(browser, "#admin-table-persons").contains("Đại tá"), "ranks in Vietnamese");
            browser.screenshot("admin-03-persons");

            browser.find("#admin-tab-resources").click();
            browser.waitFor("the boats", WAIT, () -> text(browser, "#admin-table-resources").contains("BIEN PHONG 01"));
            assertTrue(text(browser, "#admin-table-resources").contains("574931495"), "its own track is known by its MMSI");
            browser.screenshot("admin-04-resources");

            browser.find("#admin-tab-audit").click();
            browser.waitFor("the audit log", WAIT, () -> text(browser, "#admin-table-audit").contains("system:seed"));
            browser.find("#admin-audit-filters input[name='entity']").sendKeys("unit");
            browser.find("#admin-audit-filters button[type='submit']").click();
            browser.waitFor("the units' entries", WAIT, () -> browser.js("return location.hash").toString().contains("entity=unit"));
            browser.waitFor("only units", WAIT, () -> {
                List<String> kinds = browser.findAll("#admin-table-audit tbody tr td:nth-child(5)").stream()
                        .map(WebElement::getText).toList();
                return !kinds.isEmpty() && kinds.stream().allMatch("unit"::equals);
            });
            String export = browser.find("#admin-audit-export").getDomAttribute("href");
            assertTrue(export.contains("/api/v1/audit/export") && export.contains("entity=unit") && export.contains("format=csv"),
                    export);
            browser.screenshot("admin-05-audit");
        }
    }

    @Test
    void createsAStationMovesAPersonToItAndRefusesAFileWithABadLine() throws IOException {
        try (Browser browser = new Browser(1366, 900)) {
            logIn(browser, "admin", ADMIN_PASSWORD);
            browser.js("location.hash = '#/admin/units'");
            browser.waitFor("today's tree", WAIT, () -> text(browser, "#admin-tree").contains("Khánh Hòa"));
            browser.find("#admin-add-units").click();
            browser.waitFor("the unit form", WAIT, () -> !browser.findAll("#admin-form-units").isEmpty());
            browser.find("#admin-form-units input[name='id']").sendKeys("dbp-mui-dinh");
            browser.find("#admin-form-units input[name='nameVi']").sendKeys("Đồn Biên phòng Mũi Dinh (thử nghiệm)");
            choose(browser, "#admin-form-units select[name='kind']", "station");
            choose(browser, "#admin-form-units select[name='parentId']", "bdbp-khanh-hoa");
            browser.js("document.querySelector(\"#admin-form-units input[name='validFrom']\").value = '2026-01-01'");
            browser.find("#admin-form-units button[type='submit']").click();
            browser.waitFor("the missing code named beside its field", WAIT,
                    () -> !browser.findAll("#admin-form-units [data-field-error='code']").isEmpty());
            assertEquals("Bắt buộc phải điền", browser.find("#admin-form-units [data-field-error='code']").getText());
            assertEquals("true", browser.find("#admin-form-units input[name='code']").getDomAttribute("aria-invalid"));
            browser.screenshot("admin-06-unit-form-field-error");

            browser.find("#admin-form-units input[name='code']").sendKeys("ĐBPMD");
            browser.find("#admin-form-units button[type='submit']").click();
            browser.waitFor("the new station in the tree", WAIT,
                    () -> !browser.findAll("#admin-tree li[data-unit='bdbp-khanh-hoa'] li[data-unit='dbp-mui-dinh']").isEmpty());
            browser.screenshot("admin-07-station-created");

            browser.find("#admin-tab-persons").click();
            browser.waitFor("the persons", WAIT, () -> text(browser, "#admin-table-persons").contains("Bùi Thanh Long"));
            browser.findAll("#admin-table-persons tbody tr").stream()
                    .filter(row -> row.getText().contains("Bùi Thanh Long")).findFirst().orElseThrow().click();
            browser.waitFor("the person's form", WAIT, () -> !browser.findAll("#admin-form-persons").isEmpty());
            assertEquals("Bùi Thanh Long", browser.find("#admin-form-persons input[name='fullName']").getDomProperty("value"));
            choose(browser, "#admin-form-persons select[name='unitId']", "dbp-mui-dinh");
            browser.find("#admin-form-persons button[type='submit']").click();
            browser.waitFor("Bùi Thanh Long at the new station", WAIT, () -> browser.findAll("#admin-table-persons tbody tr")
                    .stream().anyMatch(row -> row.getText().contains("Bùi Thanh Long") && row.getText().contains("Mũi Dinh")));
            browser.screenshot("admin-08-person-moved");

            Path file = Files.createTempDirectory("coastwatch-admin-import").resolve("persons.csv");
            Files.writeString(file, "id,fullName,rank,positionVi,positionEn,unitId\n"
                    + "p-ngo-van-nhap,Ngô Văn Nhập,captain,Cán bộ,Officer,dbp-mui-dinh\n"
                    + "p-do-van-sai,Đỗ Văn Sai,general-of-everything,Cán bộ,Officer,dbp-mui-dinh\n", StandardCharsets.UTF_8);
            browser.find("#admin-import-persons input[type='file']").sendKeys(file.toString());
            browser.find("#admin-import-persons button[type='submit']").click();
            browser.waitFor("the bad line", WAIT, () -> !text(browser, "#admin-import-errors").isEmpty());
            assertEquals("Dòng 3, cột rank (Cấp bậc): Không có giá trị này", text(browser, "#admin-import-errors"));
            assertEquals(404, admin.get("/api/v1/persons/p-ngo-van-nhap").status(), "nothing of the file imported");
            assertEquals("dbp-mui-dinh", admin.get("/api/v1/persons/p-bui-thanh-long").json().get("unitId").asString());
            browser.screenshot("admin-09-import-bad-line");
        }
    }

    /** Picks {@code value} in a select (as a person's choice does: the change event is sent). */
    private static void choose(Browser browser, String selector, String value) {
        browser.js("const select = document.querySelector(arguments[0]); select.value = arguments[1];"
                + " select.dispatchEvent(new Event('change'));", selector, value);
        assertEquals(value, browser.find(selector).getDomProperty("value"), selector);
    }

    private static String text(Browser browser, String selector) {
        List<WebElement> found = browser.findAll(selector);
        return found.isEmpty() ? "" : found.getFirst().getText();
    }
}
