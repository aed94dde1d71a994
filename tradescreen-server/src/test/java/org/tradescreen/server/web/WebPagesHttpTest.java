package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tradescreen.server.ServerFixture;

/**
 * The pages over plain HTTP, as a browser without JavaScript (or with htmx) sees them: whole pages with the
 * results in them, fragments for htmx, and friendly HTML errors with the right status and no stack trace.
 */
class WebPagesHttpTest {

    private static final String INSTITUTE = "Institute%20of%20Forensic%20Science%20of%20China";

    @RegisterExtension
    static final ServerFixture server = ServerFixture.perClass();

    @Test
    void root_redirectsToSearch() {
        HttpResponse<String> r = server.get("/");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/search");
    }

    @Test
    void search_withoutJavaScript_isAWholePageWithTheHitAndTheVersionsUsed() {
        HttpResponse<String> r = server.get("/search?name=" + INSTITUTE + "&as_of=2021-06-01");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(r.body()).startsWith("<!doctype html>")
                .contains("Ministry of Public Security's Institute of Forensic Science of China")
                .contains("us-csl version 3 published 2021-01-04")
                .contains("forensic = forensic")
                .contains("href=\"/entity/us-csl:");
    }

    @Test
    void search_asOf2024_saysThereAreNoHits() {
        HttpResponse<String> r = server.get("/search?name=" + INSTITUTE + "&as_of=2024-01-01");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("No hits for").contains("as of 2024-01-01")
                .contains("us-csl version 5 published 2023-11-17")
                .doesNotContain("/entity/us-csl:");
    }

    @Test
    void search_fromHtmx_answersTheResultsFragmentOnly() {
        HttpResponse<String> r = server.get("/search?name=" + INSTITUTE + "&as_of=2021-06-01", "HX-Request", "true");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().strip()).startsWith("<section id=\"results\"").doesNotContain("<html");
    }

    @Test
    void search_fromHtmxHistoryRestore_answersTheWholePage() {
        HttpResponse<String> r = server.get("/search?name=" + INSTITUTE, "HX-Request", "true",
                "HX-History-Restore-Request", "true");
        assertThat(r.body()).startsWith("<!doctype html>");
    }

    @Test
    void search_badAsOfDate_is400HtmlWithTheMessageAndNoStackTrace() {
        HttpResponse<String> r = server.get("/search?name=" + INSTITUTE + "&as_of=2021-13-01");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("as_of: '2021-13-01' is not a YYYY-MM-DD date")
                .contains("value=\"Institute of Forensic Science of China\"")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("{\"error\"");
    }

    @Test
    void search_unknownCountry_is400NamingTheField() {
        HttpResponse<String> r = server.get("/search?name=ACME&country=Narnia");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("country: 'Narnia' is not a known country name or ISO code");
    }

    @Test
    void entity_unknownId_is404Html() {
        HttpResponse<String> r = server.get("/entity/us-csl:no-such-entry");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).startsWith("<!doctype html>").contains("No entity us-csl:no-such-entry");
    }

    @Test
    void entity_institute_hasItsEventsAndListing() {
        String link = firstEntityLink(server.get("/search?name=" + INSTITUTE + "&as_of=2021-06-01").body());
        HttpResponse<String> r = server.get(link);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<td>2020-06-05</td><td>listed</td>")
                .contains("<td>2023-11-17</td><td>delisted</td>")
                .contains("85 FR 34495").contains("Case-by-case review.")
                .contains("<svg viewBox=").contains("公安部物证鉴定中心");
    }

    @Test
    void diff_unknownVersion_is400WithTheForm() {
        HttpResponse<String> r = server.get("/lists/us-csl/diff?from=9&to=5");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("from: us-csl has no version 9").contains("<select id=\"from\"");
    }

    @Test
    void diff_unknownList_is404() {
        assertThat(server.get("/lists/no-such-list/diff").statusCode()).isEqualTo(404);
    }

    @Test
    void batch_csvWithoutNameColumn_is400NamingTheField() {
        HttpResponse<String> r = postBatch("id,company\n1,ACME\n", "");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("the header row has no 'name' column").doesNotContain("Exception");
    }

    @Test
    void batch_rows_areScreenedAndTheCsvIsDownloadable() {
        HttpResponse<String> r = postBatch("id,name,country\nA1,Institute of Forensic Science of China,CN\n"
                + "A2,ACME,Narnia\n", "2021-06-01");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<strong>1</strong> with hits").contains("<strong>1</strong> with errors");
        Matcher m = Pattern.compile("href=\"(/batch/[0-9a-f]{32}\\.csv)\"").matcher(r.body());
        assertThat(m.find()).isTrue();
        HttpResponse<String> csv = server.get(m.group(1));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"rows-screened.csv\"");
        assertThat(csv.body().lines().toList()).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0)).startsWith("row,id,name,outcome,score,entity_id");
            assertThat(lines.get(1)).matches("1,A1,Institute of Forensic Science of China,hit,0\\.\\d+,us-csl:.*")
                    .contains("us-csl version 3 published 2021-01-04,2021-06-01");
            assertThat(lines.get(2)).startsWith("2,A2,ACME,error,")
                    .endsWith("country: 'Narnia' is not a known country name or ISO code");
        });
    }

    @Test
    void batch_unknownDownload_is404Html() {
        HttpResponse<String> r = server.get("/batch/0123456789abcdef0123456789abcdef.csv");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Download expired");
    }

    @Test
    void goods_badSmiles_is400WithTheMessage() {
        HttpResponse<String> r = server.get("/goods?smiles=C1CC(");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("cannot read SMILES 'C1CC('");
    }

    @Test
    void goods_emptyForm_isJustTheForm() {
        HttpResponse<String> r = server.get("/goods");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<label for=\"smiles\">").doesNotContain("Class:");
    }

    /** Issue 9, finding 2: a search as of a day before any list said "No hits" and nothing more. */
    @Test
    void search_beforeAnyList_showsThatTheResultIsNotClear() {
        HttpResponse<String> r = server.get("/search?name=Jane+Nobody&as_of=2019-01-01");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Not a clear result").contains("us-csl had no version in force on 2019-01-01")
                .contains("its earliest stored version was published 2020-06-04");
        assertThat(server.get("/search?name=Jane+Nobody&as_of=2024-01-01").body()).doesNotContain("Not a clear result");

        HttpResponse<String> batch = postBatch("id,name\n1,Jane Nobody\n", "2019-01-01");
        assertThat(batch.body()).contains("Not a clear result").contains("no hit, not clear");
        String csv = server.get(Pattern.compile("href=\"(/batch/[0-9a-f]+\\.csv)\"").matcher(batch.body()).results()
                .findFirst().orElseThrow().group(1)).body();
        assertThat(csv).contains("no hit, not clear").contains("no version in force of: eu-fsf, us-csl");
    }

    @Test
    void consignments_upload_decidesEachAndKeepsTheRunForFilterDetailAndDownload() throws Exception {
        String boundary = "----tradescreen-test-boundary";
        String manifest = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("tradescreen.examples"),
                "consignments.jsonl"));
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"as_of\"\r\n\r\n\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.jsonl\"\r\nContent-Type: application/x-ndjson"
                + "\r\n\r\n" + manifest + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = server.post("/consignments", body, "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("55 consignments").contains("PARTY-EL-EXPORT");
        Matcher token = Pattern.compile("href=\"/consignments/([0-9a-f]{32})\\?decision=HOLD\"").matcher(r.body());
        assertThat(token.find()).isTrue();
        String run = "/consignments/" + token.group(1);
        assertThat(server.get(run + "?decision=CLEAR").body()).contains("EC-01").doesNotContain(">EX-01<");
        assertThat(server.get(run + "?decision=maybe").statusCode()).isEqualTo(400);
        assertThat(server.get(run + "/c/0").body()).contains("Consignment EX-01").contains("PARTY-SANCTIONED");
        assertThat(server.get(run + "/c/999").statusCode()).isEqualTo(404);
        assertThat(server.get(run + ".jsonl").body().lines().count()).isEqualTo(55);
        assertThat(server.get("/consignments/00000000000000000000000000000000").statusCode()).isEqualTo(404);

        String bad = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\n\r\n"
                + "id,description\n1,x\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> refused = server.post("/consignments", bad, "Content-Type", "multipart/form-data; boundary=" + boundary);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("the header has no consignment_id column");
    }

    private static String firstEntityLink(String html) {
        Matcher m = Pattern.compile("href=\"(/entity/[^\"]+)\"").matcher(html);
        assertThat(m.find()).as("an entity link in the page").isTrue();
        return m.group(1);
    }

    /** Posts the batch form as a browser does: multipart, with the file and the as-of date. */
    private static HttpResponse<String> postBatch(String csv, String asOf) {
        String boundary = "----tradescreen-test-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"as_of\"\r\n\r\n" + asOf + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"rows.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n"
                + "--" + boundary + "--\r\n";
        return server.post("/batch", body, "Content-Type", "multipart/form-data; boundary=" + boundary);
    }
}
