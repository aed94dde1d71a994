package org.tradescreen.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tradescreen.audit.AuditFacts;
import org.tradescreen.review.Role;
import org.tradescreen.review.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tradescreen users}: the people who review alerts, and their API keys. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Add and list the users who review alerts.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {

    @ParentCommand
    TradescreenCommand root;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "give add or list");
    }

    /** {@code users add NAME --role R}: prints the new key once, on stdout; it is stored only as a hash. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user and print their API key (shown this once; stored only as a slow hash).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "analyst, supervisor, admin or auditor (read-only).")
        String role;

        @Override
        public Integer call() {
            Role r;
            String key;
            try {
                r = Role.of(role);
                key = users.root.workspace().users().add(name, r, AuditFacts.cliActor());
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            if (users.root.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("name", name);
                doc.put("role", r.code());
                doc.put("api_key", key);
                JsonOutput.print(doc);
            } else {
                System.out.println(key);
                System.err.println("tradescreen: added " + name + " (" + r.code() + "); the key above is shown"
                        + " only now: keep it");
            }
            return ExitCodes.OK;
        }
    }

    /** {@code users list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Override
        public Integer call() {
            List<User> all = users.root.workspace().users().all();
            if (users.root.json) {
                JsonOutput.print(Map.of("users", all.stream().map(u -> Map.of("name", u.name(), "role",
                        u.role().code())).toList()));
            } else {
                all.forEach(u -> System.out.println(u.name() + "  " + u.role().code()));
            }
            return ExitCodes.OK;
        }
    }
}
