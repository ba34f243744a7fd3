/**
 * The embedding API: build an {@link nl.koploper.api.Advisor} once, then {@link
 * nl.koploper.api.Advisor#assess assess} facts (read with {@link nl.koploper.facts.FactsLoader})
 * from any number of threads. Results are immutable records; no Drools type appears in any
 * signature.
 */
package nl.koploper.api;
