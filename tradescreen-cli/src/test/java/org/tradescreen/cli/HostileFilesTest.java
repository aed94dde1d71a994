package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, findings 4, 5, 8 and 9: files a command line meets in the wild. A file without line breaks filled the
 * heap (exit 1, which says "hit"); a FIFO hung {@code lists load} forever; a party named {@code =HYPERLINK(…)}
 * was written raw into output CSVs; I/O errors lacked their reason and exit status.
 */
class HostileFilesTest {

    @TempDir
    Path data;

    /** A file of {@code megabytes} MB of one character and no line break. */
    private Path oneLongLine(String name, String header, int megabytes) throws IOException {
        Path f = data.resolve(name);
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(header);
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'a');
            for (int i = 0; i < megabytes; i++) {
                w.write(chunk);
            }
        }
        return f;
    }

    @Test
    void screenFile_aLineWithoutEnd_isAnInputErrorNamingTheLine() throws Exception {
        Path csv = oneLongLine("parties.csv", "id,name\n1,", 3);
        CliRun r = CliRun.in(data, "screen-file", csv.toString(), "-o", data.resolve("out.csv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("parties.csv:2: the line is longer than 1048576 characters");

        Path jsonl = oneLongLine("parties.jsonl", "{\"name\": \"", 3);
        CliRun j = CliRun.in(data, "screen-file", jsonl.toString());
        assertThat(j.exit()).isEqualTo(2);
        assertThat(j.err()).contains("parties.jsonl:1: the line is longer than 1048576 characters");
    }

    @Test
    void goodsAndPairs_anUnclosedQuoteOverManyLines_isAnInputErrorNamingWhereItStarts() throws Exception {
        Path csv = data.resolve("goods.csv");
        StringBuilder text = new StringBuilder("id,description\n1,acetone\n2,\"never closed\n");
        String line = "x".repeat(1000) + "\n";
        while (text.length() < 3 << 20) {
            text.append(line);
        }
        Files.writeString(csv, text);
        CliRun goods = CliRun.in(data, "goods", "--file", csv.toString());
        assertThat(goods.exit()).isEqualTo(2);
        assertThat(goods.err()).contains("goods.csv:3: the record starting on this line is longer than");

        Files.writeString(csv, "name1,name2\n" + text.substring(text.indexOf("\"")));
        CliRun pairs = CliRun.in(data, "compare", "--pairs", csv.toString());
        assertThat(pairs.exit()).isEqualTo(2);
        assertThat(pairs.err()).contains("the record starting on this line is longer than");
    }

    @Test
    void devicesAndFolders_areRefusedAsNotRegularFiles() {
        CliRun zero = CliRun.in(data, "screen-file", "/dev/zero");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("/dev/zero: not a regular file");
        CliRun goods = CliRun.in(data, "goods", "--file", "/dev/zero");
        assertThat(goods.exit()).isEqualTo(2);
        assertThat(goods.err()).contains("/dev/zero: not a regular file");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void listsLoad_aFifoOrADevice_isRefusedAtOnce() throws Exception {
        Path fifo = data.resolve("sdn.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        CliRun r = CliRun.in(data, "lists", "load", fifo.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("sdn.csv: not a regular file (a pipe, device or socket)");

        CliRun zero = CliRun.in(data, "lists", "load", "--format", "ofac-csv", "/dev/zero");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("/dev/zero: not a regular file");
    }

    @Test
    void listsLoad_aSourceIdThatIsNotOne_isAnInputError() throws Exception {
        Path csv = data.resolve("watch.csv");
        Files.writeString(csv, "name\nACME\n");
        for (String source : new String[] {"Internal Watch", "../etc", "x".repeat(65)}) {
            CliRun r = CliRun.in(data, "lists", "load", "--source", source, csv.toString());
            assertThat(r.exit()).as(source).isEqualTo(2);
            assertThat(r.err()).as(source).contains("is not a source id: lower-case letters, digits, '-' and '_'");
        }
    }

    @Test
    void outputFiles_defuseFormulas() throws Exception {
        Path in = data.resolve("parties.csv");
        Files.writeString(in, "id,name\n=1+1,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\n");
        Path out = data.resolve("out.csv");
        assertThat(CliRun.in(data, "screen-file", in.toString(), "-o", out.toString()).exit()).isZero();
        String written = Files.readString(out);
        assertThat(written).contains("'=1+1,\"'=HYPERLINK(").doesNotContain(",=HYPERLINK", "\n=1+1");

        Path goods = data.resolve("goods.csv");
        Files.writeString(goods, "id,description\n@SUM(A1),+acetone\n");
        Path goodsOut = data.resolve("goods-out.csv");
        CliRun.in(data, "goods", "--file", goods.toString(), "-o", goodsOut.toString());
        assertThat(Files.readString(goodsOut)).contains("'@SUM(A1)");

        Path pairs = data.resolve("pairs.csv");
        Files.writeString(pairs, "name1,name2\n-John Smith,=Jon Smith\n");
        Path pairsOut = data.resolve("pairs-out.csv");
        CliRun.in(data, "compare", "--pairs", pairs.toString(), "-o", pairsOut.toString());
        assertThat(Files.readString(pairsOut)).contains("'-John Smith,'=Jon Smith");
    }

    @Test
    void ioErrors_nameThePathAndTheReason_andExit2() throws Exception {
        Path in = data.resolve("parties.csv");
        Files.writeString(in, "id,name\n1,x\n");
        CliRun noFolder = CliRun.in(data, "screen-file", in.toString(), "-o", data.resolve("nowhere/out.csv").toString());
        assertThat(noFolder.exit()).isEqualTo(2);
        assertThat(noFolder.err()).contains("nowhere/out.csv: no such file or folder");

        CliRun folder = CliRun.in(data, "screen-file", in.toString(), "-o", data.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).contains(data + ": Is a directory");
    }
}
