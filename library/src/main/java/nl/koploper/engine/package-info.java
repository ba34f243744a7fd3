/**
 * The Drools rule base: reading a rule set ({@link nl.koploper.engine.RuleFiles}), compiling it and
 * reading its metadata ({@link nl.koploper.engine.RuleBase}), its texts ({@link
 * nl.koploper.engine.TextCatalogue}), and running it on facts. Drools types stay inside this
 * package; what the rules may use is in {@code engine.terms}.
 */
package nl.koploper.engine;
