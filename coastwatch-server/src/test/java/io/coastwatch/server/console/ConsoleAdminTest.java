package io.coastwatch.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The administration screen (Quản trị) in a real headless Chromium over the demo organisation: the
 * tree of the former Ninh Thuận command before the 2025 merger and of Khánh Hòa after it, a unit's two
 * versions, the persons and the patrol boats with their MMSIs, and the audit log filtered by record
 * kind with its export for an inspector. Screenshots under {@code target/console-screenshots/admin-*}.
 */
@TestPropertySource(properties = "coastwatch.organisation.seed=demo")
class ConsoleAdminTest extends ConsoleServerTest {
    private static final Path DATABASE = temporaryDirectory();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("coastwatch.store.jdbc-url", () -> databaseUrl(DATABASE));
    }

    @Override
    Path databaseDirectory() {
        return DATABASE;
    }

    @Test
    void showsTheOrganisationOfADayItsHistoryItsPeopleAndBoatsAndTheAuditLog() {
        Browser.requireInstalled();
        try (Browser browser = new Browser(1366, 768)) {
            logIn(browser);
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

    private static String text(Browser browser, String selector) {
        List<WebElement> found = browser.findAll(selector);
        return found.isEmpty() ? "" : found.getFirst().getText();
    }
}
