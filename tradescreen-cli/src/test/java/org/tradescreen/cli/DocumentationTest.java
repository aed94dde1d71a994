package org.tradescreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tradescreen.match.score.Tuning;
import org.tradescreen.server.ServerSettings;
import picocli.CommandLine;

/**
 * What the documentation states about the code is checked against the code, so it cannot drift: constants cited as
 * {@code `Class.CONSTANT` (value)}, the defaults in the README's settings table, and the README's table of commands
 * against the commands the command line has (every command without subcommands listed; every listed one real).
 */
class DocumentationTest {

    private static final Path PROJECT = Path.of(System.getProperty("tradescreen.project", ".."));
    private static final Pattern CITED = Pattern.compile("`([A-Z]\\w+)\\.([A-Z][A-Z0-9_]+)` \\(([^)]+)\\)");

    @Test
    void constantsCitedInTheDocs_haveTheValuesTheDocsGive() throws Exception {
        Map<String, JavaClass> bySimpleName = new LinkedHashMap<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tradescreen").forEach(c -> bySimpleName.putIfAbsent(c.getSimpleName(), c));
        List<String> cited = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher m = CITED.matcher(Files.readString(doc));
            while (m.find()) {
                JavaClass owner = bySimpleName.get(m.group(1));
                assertThat(owner).as("%s cites %s, which is no class of tradescreen", doc, m.group(1)).isNotNull();
                Field field = owner.reflect().getDeclaredField(m.group(2));
                assertThat(Modifier.isStatic(field.getModifiers())).as("%s.%s", m.group(1), m.group(2)).isTrue();
                field.setAccessible(true);
                assertThat(String.valueOf(field.get(null)))
                        .as("%s: `%s.%s`", PROJECT.relativize(doc), m.group(1), m.group(2)).isEqualTo(m.group(3));
                cited.add(m.group(1) + "." + m.group(2));
            }
        }
        assertThat(cited).as("the docs cite constants this way").isNotEmpty();
    }

    @Test
    void theSettingsTable_givesTheDefaultsTheCodeHas() throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.]+)=` in `DATA_DIR/tradescreen.properties` \\| ([^|]+) \\|")
                .matcher(Files.readString(PROJECT.resolve("README.md")));
        while (row.find()) {
            table.put(row.group(1), row.group(2).strip());
        }
        assertThat(table).containsExactlyInAnyOrderEntriesOf(Map.of(
                "monitor.threshold", String.valueOf(Tuning.DEFAULT_THRESHOLD),
                "webhook.interval", ServerSettings.DEFAULT_WEBHOOK_INTERVAL.toSeconds() + "s",
                "server.threads", String.valueOf(ServerSettings.DEFAULT_WORKER_THREADS),
                "update.attempts", String.valueOf(ServerSettings.DEFAULT_UPDATE_ATTEMPTS),
                "update.timeout", ServerSettings.DEFAULT_UPDATE_TIMEOUT.toSeconds() + "s"));
    }

    @Test
    void theCommandsTable_listsEveryCommand_andNoOther() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| ((?:`[^`]+`(?: / )?)+) \\|").matcher(table("| command | does |"));
        while (row.find()) {
            Matcher usage = Pattern.compile("`([^`]+)`").matcher(row.group(1));
            while (usage.find()) {
                documented.add(commandPath(usage.group(1)));
            }
        }
        Set<String> leaves = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        collect(Main.commandLine(), "", leaves, all);

        assertThat(minus(leaves, documented)).as("commands the README's table leaves out").isEmpty();
        assertThat(minus(documented, all)).as("commands in the README's table that do not exist").isEmpty();
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    /** The command words of a usage such as {@code lists load [--source ID] PATH...}. */
    private static String commandPath(String usage) {
        List<String> words = new ArrayList<>();
        for (String word : usage.split(" ")) {
            if (!word.matches("[a-z][a-z-]*")) {
                break;
            }
            words.add(word);
        }
        return String.join(" ", words);
    }

    /** Every command's words into {@code all}, and those of commands without subcommands into {@code leaves}. */
    private static void collect(CommandLine command, String prefix, Set<String> leaves, Set<String> all) {
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help") || !sub.getCommandName().equals(name)) {
                return; // the help command, and aliases
            }
            String path = (prefix + " " + name).strip();
            all.add(path);
            if (sub.getSubcommands().isEmpty()) {
                leaves.add(path);
            }
            collect(sub, path, leaves, all);
        });
    }

    /** The rows of the README's table under this header line, up to the first line that is not a row. */
    private static String table(String header) throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        int start = readme.indexOf("\n" + header + "\n");
        assertThat(start).as("README has a table headed %s", header).isNotNegative();
        int end = readme.indexOf("\n\n", start + 1);
        return readme.substring(start + 1, end < 0 ? readme.length() : end);
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> docs = Files.list(PROJECT.resolve("docs"))) {
            return Stream.concat(Stream.of(PROJECT.resolve("README.md")),
                    docs.filter(p -> p.toString().endsWith(".md")).sorted()).toList();
        }
    }
}
