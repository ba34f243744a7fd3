/**
 * Renderers of an {@link nl.koploper.api.Assessment}: plain text, JSON, Markdown and CSV (HTML
 * follows). They only arrange what the assessment holds; they decide nothing.
 */
package nl.koploper.report;
