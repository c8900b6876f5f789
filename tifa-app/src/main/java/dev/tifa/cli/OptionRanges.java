package dev.tifa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.util.Collection;
import java.util.List;

/**
 * Checks every numeric option against its {@link Range} once the command line is parsed, so that all commands
 * share one rule and one wording; and prints usage errors as one line (exit code 2).
 */
final class OptionRanges implements CommandLine.IExecutionStrategy, CommandLine.IParameterExceptionHandler {
    private final CommandLine.IExecutionStrategy next;

    OptionRanges(CommandLine.IExecutionStrategy next) {
        this.next = next;
    }

    @Override
    public int execute(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (ArgSpec arg : p.commandSpec().args()) check(p.commandSpec().commandLine(), arg);
        }
        return next.execute(parsed);
    }

    private static void check(CommandLine cl, ArgSpec arg) {
        Range range = range(arg);
        if (range == null) return;
        Object value = arg.getValue();
        List<?> values = value instanceof Collection<?> c ? List.copyOf(c) : value == null ? List.of() : List.of(value);
        for (Object v : values) {
            // a text option that may be a bare number (--from 2024 or 2024-03-05) is checked when it is one
            if (v instanceof String t && t.strip().matches("-?\\d{1,18}")) v = Long.valueOf(t.strip());
            if (!(v instanceof Number n)) continue;
            long x = n.longValue();
            if (x < range.min() || x > range.max()) {
                String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
                throw new ParameterException(cl, name + ": " + x + " is out of range; it must be "
                        + (range.max() == Long.MAX_VALUE ? "at least " + range.min() : "from " + range.min() + " to " + range.max())
                        + (range.unit().isEmpty() ? "" : " (" + range.unit() + ")"));
            }
        }
    }

    /** The {@link Range} on the option's field, or null. */
    static Range range(ArgSpec arg) {
        // fields, and the parameters of command methods (picocli's MethodParam is an annotated element too)
        return arg.userObject() instanceof java.lang.reflect.AnnotatedElement e ? e.getAnnotation(Range.class) : null;
    }

    /** A usage error: one line naming the command and the problem, and where to look; exit code 2. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String command = cl.getCommandSpec().qualifiedName();
        cl.getErr().println(dev.tifa.text.ControlCharacters.strip(command + ": " + ex.getMessage()) + " (see " + command + " --help)");
        cl.getErr().flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }
}
