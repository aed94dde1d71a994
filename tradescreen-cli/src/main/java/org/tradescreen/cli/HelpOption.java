package org.tradescreen.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} alone, for the commands whose {@code --version} is the version of a record (an alert, a case, a
 * list) rather than tradescreen's: with picocli's standard help options both would claim {@code --version}, and
 * {@code --help} would then be refused for the missing arguments.
 */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
}
