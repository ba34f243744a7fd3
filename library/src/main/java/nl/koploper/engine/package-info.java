/**
 * The rule engine: a rule set's files ({@link nl.koploper.engine.RuleFiles}), the usable set with
 * its texts ({@link nl.koploper.engine.RuleSet}) and what its runs conclude ({@link
 * nl.koploper.engine.Outcome}). Drools stays inside this package and its subpackages: {@code
 * compile} builds a rule set into checked bytecode, {@code safety} proves it safe before any of it
 * runs, {@code session} runs it; {@code terms} is the vocabulary the rules speak.
 */
package nl.koploper.engine;
