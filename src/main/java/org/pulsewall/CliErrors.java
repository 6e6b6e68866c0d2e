package org.pulsewall;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.pulsewall.config.ConfigException;
import org.pulsewall.config.ConfigProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What a person sees when a command cannot run: a bad value or a missing file gives one line on
 * stderr and exit {@value #USAGE}, never a stack trace (that goes to the log at debug, for a bug
 * report). A configuration with problems prints them as {@code file:line: message}, exit 1.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);
    /** Exit code for a bad value, a missing file or a command that could not run. */
    static final int USAGE = 2;
    /** Exit code for a configuration with problems, as {@code validate} uses it. */
    static final int CONFIG = 1;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        LOG.debug("bad command line", e);
        err.println(name(cli) + ": " + e.getMessage() + " (see " + name(cli) + " --help)");
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        LOG.debug("{} failed", name(cli), e);
        if (e instanceof ConfigException config) {
            config.problems().stream().map(ConfigProblem::toString).forEach(err::println);
            err.flush();
            return CONFIG;
        }
        err.println(name(cli) + ": " + message(e));
        err.flush();
        return USAGE;
    }

    /** One line saying what went wrong, without class names where the kind of failure says it. */
    static String message(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
            return "file not found: " + cause.getMessage();
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied: " + cause.getMessage();
        }
        if (cause instanceof IOException) {
            return "cannot read or write: " + cause.getMessage();
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        String text = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return "failed (" + cause.getClass().getSimpleName() + text + "; run with -Dpulsewall.log.level=DEBUG for details)";
    }

    private static String name(CommandLine cli) {
        return cli.getCommandSpec().qualifiedName();
    }
}
