package dev.tifa.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a numeric option accepts, checked by {@link OptionRanges} before any command runs: {@code --window -5}
 * is a usage error in one line, not an index exception later. Every numeric option carries one (a test checks).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER})
public @interface Range {
    long min();

    long max();

    /** What the number counts, for the error: "characters", "seconds", "a year" … */
    String unit() default "";
}
