package dev.tifa.web.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Disables each browser test, one by one, where Chromium is missing, so that Maven counts every one of them as
 * skipped (an assumption failing in {@code @BeforeAll} would report "Tests run: 0" and look like nothing was there).
 */
public final class RequiresChromium implements ExecutionCondition {
    /** Debian's Chromium; {@code -Dtifa.chromium=PATH} points elsewhere (a missing path shows what CI without it reports). */
    public static final Path CHROMIUM = Path.of(System.getProperty("tifa.chromium", "/usr/bin/chromium"));

    public static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (available()) return ConditionEvaluationResult.enabled(CHROMIUM + " found");
        if (context.getTestMethod().isEmpty()) return ConditionEvaluationResult.enabled("the class runs; each test is skipped");
        return ConditionEvaluationResult.disabled("SKIPPED: " + CHROMIUM + " is missing (apt-get install -y chromium fonts-noto-cjk)");
    }
}
