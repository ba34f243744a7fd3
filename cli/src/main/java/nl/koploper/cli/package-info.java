/**
 * The {@code koploper} command line: picocli commands, one class each, thin layers over the
 * library. {@link nl.koploper.cli.Main#run} returns the exit code instead of exiting, so the CLI is
 * tested in process with captured writers.
 */
package nl.koploper.cli;
