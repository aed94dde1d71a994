package org.tradescreen.consign.policy;

/**
 * Something wrong in a policy file, at a line (1-based; 0 when it concerns the whole file). {@code severity} is
 * {@code error} (the policy cannot be used) or {@code warning} (it can, but a rule can never fire).
 */
public record PolicyProblem(String file, int line, String severity, String message) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public boolean isError() {
        return ERROR.equals(severity);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity + ": " + message;
    }
}
