/**
 * The fact model ({@link nl.koploper.facts.Facts} and its sections, immutable records in which null
 * means unknown), its schema as data ({@link nl.koploper.facts.FactSchema}), and strict loading of
 * YAML and JSON fact files ({@link nl.koploper.facts.FactsLoader}); changing one fact ({@link
 * nl.koploper.facts.FactChange}, also in its {@code --set PATH=VALUE} notation) and the uncertain
 * values of a sensitivity analysis ({@link nl.koploper.facts.UncertainFacts}). Depends on nothing
 * else of Koploper's; it is part of the public surface that embedding programs use.
 */
package nl.koploper.facts;
