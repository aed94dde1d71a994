package org.tradescreen.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says what was skipped and why, one line per test class and reason, at the end of each module's run: a plain
 * clone's {@code ./run-tests} passes, and this is how it says what it left out. Registered through
 * {@code META-INF/services}, so every module that has the test kit on its test class path prints it.
 */
public final class SkipReport implements TestExecutionListener {

    /** "Class: reason" to how many tests it covers, in the order first seen. */
    private final Map<String, Integer> skipped = new LinkedHashMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        note(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            note(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        skipped.forEach((line, tests) -> System.out.println("[SKIPPED] " + line
                + (tests > 1 ? " (" + tests + " tests)" : "")));
        skipped.clear();
    }

    private synchronized void note(TestIdentifier test, String reason) {
        skipped.merge(className(test).orElse(test.getDisplayName()) + ": " + reason, 1, Integer::sum);
    }

    private static Optional<String> className(TestIdentifier test) {
        return test.getSource().map(source -> {
            if (source instanceof MethodSource method) {
                return simple(method.getClassName());
            }
            return source instanceof ClassSource type ? simple(type.getClassName()) : null;
        });
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
