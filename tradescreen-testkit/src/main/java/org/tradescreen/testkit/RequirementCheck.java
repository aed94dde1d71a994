package org.tradescreen.testkit;

import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Decides, before a tagged class or method runs, whether what it needs is here. When it is not, the test is
 * disabled with the reason, or fails when every requirement must be met ({@link Requirement#allRequired()}).
 */
final class RequirementCheck implements ExecutionCondition {

    private static final Map<Class<? extends java.lang.annotation.Annotation>, Requirement> TAGS = Map.of(
            NeedsSharedData.class, Requirement.SHARED_DATA,
            NeedsEvaluationSets.class, Requirement.EVALUATION,
            NeedsPostgres.class, Requirement.POSTGRES,
            NeedsBrowser.class, Requirement.BROWSER);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        if (element.isEmpty()) {
            return ConditionEvaluationResult.enabled("nothing required");
        }
        for (var tag : TAGS.entrySet()) {
            if (!AnnotationSupport.isAnnotated(element.get(), tag.getKey())) {
                continue;
            }
            Optional<String> missing = tag.getValue().missing();
            if (missing.isPresent()) {
                if (Requirement.allRequired()) {
                    throw new IllegalStateException(missing.get() + ", and TRADESCREEN_TESTS=all requires it");
                }
                return ConditionEvaluationResult.disabled(missing.get());
            }
        }
        return ConditionEvaluationResult.enabled("everything required is here");
    }
}
