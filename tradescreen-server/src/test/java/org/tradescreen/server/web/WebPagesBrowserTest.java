package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tradescreen.server.ServerFixture;
import org.tradescreen.testkit.NeedsBrowser;
import org.tradescreen.testkit.Requirement;

/**
 * The pages in a real browser: headless Chromium driven by Selenium against a real server over the bundled
 * sample, with JavaScript on, so htmx swaps the results in. Each test saves a full-page screenshot in the
 * directory of system property {@code tradescreen.screenshots} (default {@code target/screenshots}).
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; without them the tests are skipped, unless
 * the environment says {@code TRADESCREEN_TESTS=all} (as CI does), when they fail. Selenium
 * Manager is never asked for a driver: the driver and the browser are given by path, so nothing is
 * downloaded.
 */
@NeedsBrowser
class WebPagesBrowserTest {

    private static final Path CHROMEDRIVER = Paths.get(Requirement.CHROMEDRIVER);
    private static final Path CHROMIUM = Paths.get(Requirement.CHROMIUM);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String INSTITUTE = "Institute of Forensic Science of China";
    private static final String FENTANYL = "CCC(=O)N(C1CCN(CC1)CCc1ccccc1)c1ccccc1";

    private static ServerFixture server;
    private static ChromeDriver driver;
    private static Path profile;
    private static Path screenshots;

    @BeforeAll
    static void start() throws IOException {
        screenshots = Paths.get(System.getProperty("tradescreen.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        server = ServerFixture.start();
        profile = Files.createTempDirectory("tradescreen-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium calls home, and on a closed network it stalls.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        // The browser's console, to catch what the Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    /** No page may need what the Content-Security-Policy forbids: inline scripts or styles, other sites' files. */
    @AfterEach
    void thePageKeptToTheContentSecurityPolicy() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertThat(refused).isEmpty();
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void search_institute_asOf2021_findsIt() {
        driver.get(server.url("/search"));
        // A mark on the window survives only if htmx swaps the results in, rather than the browser loading a page.
        ((JavascriptExecutor) driver).executeScript("window.tradescreenMark = 'same page';");
        fillSearch(INSTITUTE, "2021-06-01");
        WebElement results = waitForResults("1 hit");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.tradescreenMark;")).isEqualTo("same page");
        assertThat(results.getText()).contains("Ministry of Public Security's Institute of Forensic Science of China")
                .contains("us-csl version 3 published 2021-01-04")
                .contains("forensic = forensic");
        // htmx put the search in the address bar, so that it can be shared and reloaded.
        assertThat(driver.getCurrentUrl()).contains("as_of=2021-06-01").contains("name=Institute");
        screenshot("search.png");
    }

    @Test
    void search_institute_asOf2024_findsNothing() {
        search(INSTITUTE, "2024-01-01");
        WebElement results = waitForResults("No hits");
        assertThat(results.getText()).contains("No hits for “" + INSTITUTE + "” as of 2024-01-01")
                .contains("us-csl version 5 published 2023-11-17");
        assertThat(results.findElements(By.cssSelector("table.hits"))).isEmpty();
        screenshot("search-no-hits.png");
    }

    @Test
    void entity_fromTheResultLink_showsTheTimeline() {
        search(INSTITUTE, "2021-06-01");
        String listed = "Ministry of Public Security's Institute of Forensic Science of China";
        waitForResults("1 hit").findElement(By.linkText(listed)).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/entity/us-csl:"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(listed);
        WebElement timeline = driver.findElement(By.cssSelector("figure.timeline svg"));
        assertThat(timeline.findElements(By.cssSelector("rect.band"))).hasSize(1);
        assertThat(timeline.findElements(By.cssSelector("g.marker.listed"))).hasSize(1);
        assertThat(timeline.findElements(By.cssSelector("g.marker.delisted"))).hasSize(1);
        List<String> events = driver.findElements(By.cssSelector("table.events tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).startsWith("2020-06-05 listed 2");
        assertThat(events.get(1)).startsWith("2023-11-17 delisted 5");
        assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("85 FR 34495")
                .contains("For all items subject to the EAR");
        screenshot("entity.png");
    }

    @Test
    void lists_andTheDiffThatRemovedTheInstitute() {
        driver.get(server.url("/lists"));
        WebElement csl = driver.findElement(By.cssSelector("section[aria-labelledby='src-us-csl'] table"));
        assertThat(csl.findElements(By.cssSelector("tbody tr"))).hasSize(5);
        assertThat(csl.getText()).contains("2023-11-17").contains("csl-csv");
        screenshot("lists.png");

        csl.findElement(By.partialLinkText("changes from version 4")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/lists/us-csl/diff"));
        assertThat(driver.findElement(By.cssSelector("p.lede")).getText())
                .contains("From version 4 (published 2023-11-15) to version 5 (published 2023-11-17)")
                .contains("0 added, 1 removed, 0 changed");
        WebElement removed = driver.findElement(By.cssSelector("section[aria-labelledby='removed-heading']"));
        assertThat(removed.findElement(By.tagName("a")).getText())
                .isEqualTo("Ministry of Public Security's Institute of Forensic Science of China");
        screenshot("diff.png");
    }

    @Test
    void batch_upload_showsResultsTheBadRowAndTheDownload() throws IOException {
        Path dir = Files.createTempDirectory("tradescreen-batch");
        Path csv = dir.resolve("parties.csv");
        try {
            Files.writeString(csv, "id,name,country\n"
                    + "C1," + INSTITUTE + ",CN\n"
                    + "C2,Harbin Institute of Technology,CN\n"
                    + "C3,ACME Trading,Narnia\n");
            driver.get(server.url("/batch"));
            driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            setDate("as_of", "2021-06-01");
            driver.findElement(By.cssSelector("form.batch button[type=submit]")).click();
            WebElement results = waitForResults("Results");
            assertThat(results.findElement(By.cssSelector("ul.summary")).getText())
                    .contains("2 with hits").contains("0 without hits").contains("1 with errors");
            List<WebElement> rows = results.findElements(By.cssSelector("table.batch-results tbody tr"));
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getText())
                    .contains("Ministry of Public Security's Institute of Forensic Science of China");
            assertThat(rows.get(1).getText()).contains("Harbin Institute of Technology");
            assertThat(rows.get(2).getText()).contains("error")
                    .contains("country: 'Narnia' is not a known country name or ISO code");
            screenshot("batch.png");

            String href = results.findElement(By.linkText("Download the results (CSV)")).getAttribute("href");
            HttpResponse<String> download = server.get(URI.create(href).getPath());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("text/csv"));
            List<String> lines = download.body().lines().toList();
            assertThat(lines.get(0)).startsWith("row,id,name,outcome,score,entity_id");
            assertThat(lines).anyMatch(l -> l.startsWith("1,C1," + INSTITUTE + ",hit,"));
            assertThat(lines).anyMatch(l -> l.startsWith("3,C3,ACME Trading,error,"));
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void goods_fentanylSmiles_isClassifiedAndDrawn() {
        driver.get(server.url("/goods"));
        driver.findElement(By.id("smiles")).sendKeys(FENTANYL);
        driver.findElement(By.cssSelector("form.goods button[type=submit]")).click();
        WebElement results = waitForResults("Class:");
        assertThat(results.findElement(By.tagName("h2")).getText()).isEqualTo("Class: controlled");
        assertThat(results.findElement(By.cssSelector("table.goods-hits")).getText()).contains("Fentanyl")
                .contains("Schedule II");
        assertThat(results.getText()).contains("LISTED_ELSEWHERE").contains("Fentanyl-related\nno");
        WebElement svg = results.findElement(By.cssSelector("figure.drawing svg"));
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.findElement(By.tagName("title")).getAttribute("textContent")).contains("fentanyl scaffold");
        assertThat(results.findElement(By.cssSelector("figure.drawing figcaption")).getText())
                .contains("atoms that match the fentanyl scaffold");
        screenshot("goods.png");
    }

    @Test
    void goods_fentanylAnalogue_isFentanylRelated() {
        // Acetyl fentanyl: fentanyl with the propionyl replaced by acetyl, modification E.
        driver.get(server.url("/goods?smiles=" + "CC(%3DO)N(C1CCN(CC1)CCc1ccccc1)c1ccccc1"));
        WebElement results = driver.findElement(By.id("results"));
        assertThat(results.findElement(By.tagName("h2")).getText()).isEqualTo("Class: fentanyl-related");
        assertThat(results.getText()).contains("E: the N-propionyl group replaced by another acyl group");
        assertThat(results.findElements(By.cssSelector("figure.drawing svg"))).hasSize(1);
    }

    @Test
    void goods_badSmiles_showsTheError() {
        driver.get(server.url("/goods"));
        driver.findElement(By.id("smiles")).sendKeys("C1CC(");
        driver.findElement(By.cssSelector("form.goods button[type=submit]")).click();
        WebElement results = waitForResults("Cannot screen");
        assertThat(results.findElement(By.cssSelector("[role=alert]")).getText())
                .startsWith("cannot read SMILES 'C1CC('");
        assertThat(results.findElements(By.tagName("svg"))).isEmpty();
        screenshot("goods-error.png");
    }

    @Test
    void consignments_uploadFilterOpenAndDownload() {
        Path manifest = Path.of(System.getProperty("tradescreen.examples"), "consignments.jsonl");
        driver.get(server.url("/consignments"));
        driver.findElement(By.id("file")).sendKeys(manifest.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.consignments button[type=submit]")).click();
        WebElement results = waitForResults("Decisions");
        assertThat(results.findElement(By.cssSelector("ul.summary")).getText()).contains("HOLD").contains("REVIEW")
                .contains("CLEAR").contains("0 not readable");
        List<WebElement> rows = results.findElements(By.cssSelector("table.consignment-results tbody tr"));
        assertThat(rows).hasSize(55);
        screenshot("consignments.png");

        results.findElement(By.partialLinkText("HOLD")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("decision=HOLD"));
        List<WebElement> held = driver.findElements(By.cssSelector("table.consignment-results tbody tr"));
        assertThat(held).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("HOLD"));
        assertThat(held.size()).isLessThan(55);

        driver.findElement(By.linkText("IFS-1")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/c/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Consignment IFS-1");
        assertThat(driver.findElement(By.cssSelector("table.reasons")).getText()).contains("PARTY-EL-EXPORT")
                .contains("Entity List").contains("listed 2020-06-05");
        screenshot("consignment.png");

        String href = driver.findElement(By.linkText("← all decisions of consignments.jsonl")).getAttribute("href");
        HttpResponse<String> download = server.get(URI.create(href).getPath() + ".jsonl");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body().lines().toList()).hasSize(55);
    }

    @Test
    void apiPage_rendersTheOpenApiDocumentWithSwaggerUi() {
        driver.get(server.url("/api"));
        // Swagger UI fetches /openapi.json and draws one block per operation.
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector(".opblock")).size() > 10);
        assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).contains("tradescreen");
        assertThat(driver.getPageSource()).contains("/consolidated_screening_list/v1/search").contains("/match/{dataset}");
        screenshot("api.png");
    }

    private static void search(String name, String asOf) {
        driver.get(server.url("/search"));
        fillSearch(name, asOf);
    }

    private static void fillSearch(String name, String asOf) {
        driver.findElement(By.id("name")).sendKeys(name);
        setDate("as_of", asOf);
        driver.findElement(By.cssSelector("form.search button[type=submit]")).click();
    }

    /**
     * Sets a date input. Typing into Chromium's date widget depends on the locale's field order, so the value
     * is set as the form would submit it, and an input event tells the page, as typing would.
     */
    private static void setDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                driver.findElement(By.id(id)), isoDate);
    }

    /** Waits until the results section's heading starts with {@code heading}: htmx has swapped it in. */
    private static WebElement waitForResults(String heading) {
        new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> h = d.findElements(By.cssSelector("#results h2"));
            return !h.isEmpty() && h.get(0).getText().startsWith(heading);
        });
        return driver.findElement(By.id("results"));
    }

    /** A screenshot of the whole page, not just the window: Chromium's DevTools can capture beyond the viewport. */
    @SuppressWarnings("unchecked")
    private static void screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.write(screenshots.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in with a key, works an alert through the queue, and signs out; a supervisor then confirms it. */
    private void signIn(String key) {
        driver.get(server.url("/review/login"));
        driver.findElement(By.id("key")).sendKeys(key);
        submit("form.login");
    }

    /** Clicks a form's submit button and waits until the page it answers with has replaced this one. */
    private void submit(String form) {
        // a mark on this page's window, gone once the browser shows the answer
        driver.executeScript("window.tradescreenOldPage = true;");
        driver.findElement(By.cssSelector(form + " button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return window.tradescreenOldPage === undefined && document.readyState === 'complete';")));
    }

    @Test
    void review_anAnalystProposes_aSupervisorConfirms_inThePages() {
        String anna = server.users().add("page-anna", org.tradescreen.review.Role.ANALYST, "test");
        String sam = server.users().add("page-sam", org.tradescreen.review.Role.SUPERVISOR, "test");
        server.get("/api/v1/screen?name=Institute+of+Forensic+Science+of+China&as_of=2021-06-01&record=true"
                + "&id=PAGE-1&country=NZ");

        driver.get(server.url("/review/alerts"));
        assertThat(driver.getCurrentUrl()).as("signed out: to the sign-in page").contains("/review/login");
        signIn(anna);
        assertThat(driver.getCurrentUrl()).as(driver.getPageSource()).endsWith("/review/alerts");
        new Select(driver.findElement(By.id("status"))).selectByValue("open");
        submit("form.filters");
        WebElement row = driver.findElements(By.cssSelector("table.alerts tbody tr")).stream()
                .filter(r -> r.getText().contains(INSTITUTE)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("a")).click();
        assertThat(driver.findElement(By.cssSelector("table.aligned")).getText()).contains("forensic");
        assertThat(driver.findElement(By.cssSelector("table.events")).getText()).contains("2020-06-05")
                .contains("listed").contains("delisted");
        submit("form.claim");
        assertThat(driver.findElement(By.cssSelector("h1 .status")).getText()).isEqualTo("in_review");
        new Select(driver.findElement(By.id("disposition"))).selectByValue("false_positive");
        new Select(driver.findElement(By.id("reason_code"))).selectByValue("different_address");
        driver.findElement(By.id("note")).sendKeys("our customer is in Auckland");
        submit("form.propose");
        assertThat(driver.findElement(By.cssSelector("h1 .status")).getText()).isEqualTo("proposed");
        String alertUrl = driver.getCurrentUrl();
        submit("form.confirm");
        assertThat(driver.findElement(By.cssSelector("p.error")).getText()).contains("only a supervisor");
        screenshot("review-refused.png");
        submit("nav.review form");

        signIn(sam);
        driver.get(alertUrl);
        submit("form.confirm");

        assertThat(driver.findElement(By.cssSelector("h1 .status")).getText()).isEqualTo("cleared");
        assertThat(driver.findElement(By.cssSelector("table.history")).getText())
                .contains("page-anna").contains("page-sam").contains("different_address");
        screenshot("review-cleared.png");
        driver.findElement(By.linkText("Audit log")).click();
        assertThat(driver.findElement(By.cssSelector("p.verified")).getText()).startsWith("Intact");
        submit("nav.review form");
    }

    @Test
    void review_aCaseIsNotedProposedAndClosedByAnotherInThePages() throws Exception {
        String anna = server.users().add("case-anna", org.tradescreen.review.Role.ANALYST, "test");
        String sam = server.users().add("case-sam", org.tradescreen.review.Role.SUPERVISOR, "test");
        server.get("/api/v1/screen?name=Institute+of+Forensic+Science+of+China&as_of=2021-06-01&record=true"
                + "&id=CASE-1&country=CL");
        long alert = server.alerts().list(null, 100).stream().filter(a -> "CASE-1".equals(a.counterpartyId()))
                .findFirst().orElseThrow().id();
        long id = server.cases().create("counterparty", "CASE-1", "Chilean lookalike", List.of(alert), "case-anna");

        signIn(anna);
        driver.findElement(By.linkText("Cases")).click();
        driver.findElements(By.cssSelector("table.cases tbody tr a")).stream()
                .filter(a -> a.getText().equals(String.valueOf(id))).findFirst().orElseThrow().click();
        driver.findElement(By.id("text")).sendKeys("invoice checked: consignee in Valparaiso");
        submit("form.note");
        driver.findElement(By.id("outcome")).sendKeys("not the listed party");
        submit("form.propose");
        assertThat(driver.findElement(By.cssSelector("h1 .status")).getText()).isEqualTo("pending_approval");
        submit("form.confirm");
        assertThat(driver.findElement(By.cssSelector("p.error")).getText()).contains("only a supervisor");
        submit("nav.review form");

        signIn(sam);
        driver.get(server.url("/review/cases/" + id));
        submit("form.confirm");

        assertThat(driver.findElement(By.cssSelector("h1 .status")).getText()).isEqualTo("closed");
        assertThat(driver.findElement(By.cssSelector("dd.outcome")).getText()).isEqualTo("not the listed party");
        assertThat(driver.findElement(By.cssSelector("ul.case-notes")).getText()).contains("Valparaiso");
        screenshot("review-case.png");
        submit("nav.review form");
    }
}
