/**
 * Renderers of an {@link nl.koploper.api.Assessment}: plain text and JSON (Markdown, HTML and CSV
 * follow). They only arrange what the assessment holds; they decide nothing.
 */
package nl.koploper.report;
