/**
 * Renderers of an {@link nl.koploper.api.Assessment} and a {@link nl.koploper.api.Comparison}:
 * plain text, JSON, Markdown, CSV and HTML with SVG charts. They only arrange what the assessment
 * holds; they decide nothing.
 */
package nl.koploper.report;
