package dev.tifa.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Every failure becomes one line on stderr and exit code 1. A stack trace is printed only with TIFA_DEBUG=1:
 * the user needs to know what went wrong and where, not where in Tifa.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        cl.getErr().println(dev.tifa.text.ControlCharacters.strip(cl.getCommandSpec().qualifiedName() + ": " + message(ex)));
        if ("1".equals(System.getenv("TIFA_DEBUG"))) ex.printStackTrace(cl.getErr());
        cl.getErr().flush();
        return 1;
    }

    static String message(Throwable ex) {
        if (ex instanceof UserError || ex instanceof IllegalArgumentException || ex instanceof java.util.NoSuchElementException || ex instanceof dev.tifa.store.StoreException
                || ex instanceof dev.tifa.glossary.GlossaryFormatException || ex instanceof java.io.UncheckedIOException) {
            return ex.getMessage();
        }
        String m = ex.getMessage();
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m) + " (run with TIFA_DEBUG=1 for details)";
    }
}
