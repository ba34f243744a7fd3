/**
 * The terms the rules speak: what the DRL files in {@code rules/} match and insert besides the
 * input facts. Act rules insert {@link nl.koploper.engine.terms.Advice} with its {@link
 * nl.koploper.engine.terms.Evidence}; priority rules insert {@link
 * nl.koploper.engine.terms.Factor}s; maturity rules insert {@link
 * nl.koploper.engine.terms.Maturity}. These are plain immutable values, so a rule reads as a
 * sentence and the engine can collect the outcome after the rules have run.
 */
package nl.koploper.engine.terms;
