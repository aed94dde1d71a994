package org.tradescreen.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.tradescreen.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The root {@code tradescreen} command: global options, and the subcommands. */
@Command(name = "tradescreen", mixinStandardHelpOptions = true,
        description = "Screens trade against sanctions and export-control lists, with list history.",
        footer = "%nBatch jobs on Apache Spark (screen-file, consignments screen, the monitoring sweep): tradescreen spark --help",
        subcommands = {ListsCommand.class, HistoryCommand.class, ScreenCommand.class, ScreenFileCommand.class,
                CompareCommand.class, GoodsCommand.class, ConsignmentsCommand.class, ServeCommand.class, AuditCommand.class,
                AlertsCommand.class, UsersCommand.class, CasesCommand.class,
                CounterpartiesCommand.class, WebhooksCommand.class})
final class TradescreenCommand implements Runnable {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data directory (env TRADESCREEN_DATA_DIR, default ~/.tradescreen).")
    @Nullable Path dataDir;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "Snapshot database, e.g. jdbc:postgresql://127.0.0.1:5432/tradescreen?user=postgres"
                    + " (env TRADESCREEN_DB; default an embedded H2 file in the data directory).")
    @Nullable String db;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "give a command");
    }

    private @Nullable Workspace workspace;

    /** The workspace of this run, opened on first use; {@link Main} closes it when the command ends. */
    Workspace workspace() {
        if (workspace == null) {
            workspace = Workspace.open(dataDir, db);
        }
        return workspace;
    }

    void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }

    /** {@code --version}: the build's version. */
    static final class Release implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tradescreen " + org.tradescreen.Version.current()};
        }
    }
}
