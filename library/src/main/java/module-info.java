/**
 * Koploper's library: assess a region's facts against the seven lessons of "Kiezen voor biotech"
 * with a Drools rule set.
 *
 * <p>Embedders use {@link nl.koploper.api} (the {@link nl.koploper.api.Advisor} and its immutable
 * results), {@link nl.koploper.facts} (the fact model, reading fact files, facts built in code),
 * {@link nl.koploper.problem} (the one error type every refusal carries) and {@link
 * nl.koploper.report} (the text, JSON, Markdown, CSV and HTML renderings the command line prints).
 * The rule engine ({@code nl.koploper.engine}) and the policy tests of {@code koploper test} are
 * internal. The library brings no SLF4J binding: the host application chooses its own.
 */
@SuppressWarnings("requires-automatic") // Drools ships no module descriptors
module nl.koploper {
  exports nl.koploper.api;
  exports nl.koploper.facts;
  exports nl.koploper.problem;
  exports nl.koploper.report;

  // The vocabulary of the rules (Advice, Evidence, Factor …): rule sets compiled at run time
  // (Advisor.fromDirectory) are classes of Drools' own class loader, which link against these
  // types and read them by reflection (MVEL). An open package is accessible at run time but not
  // at compile time, so embedders' code cannot call into it.
  opens nl.koploper.engine.terms;

  // The deadline check (RunWatch.check) that the compiler weaves into the start of every generated
  // method: generated classes of a user's rule set live in Drools' class loader and call it.
  opens nl.koploper.engine.session;

  requires org.kie.api;
  requires org.kie.internal.api;
  requires org.drools.base;
  requires org.drools.core;
  requires org.drools.compiler;
  requires org.drools.kiesession;
  requires org.drools.modelcompiler;
  requires org.snakeyaml.engine.v2;
  requires com.fasterxml.jackson.core;
  // Every rule set, the bundled one at build time and a user's at start, is compiled into the
  // executable model, and its bytecode checked with ASM before any of it is defined.
  requires org.drools.model.codegen;
  requires org.objectweb.asm;
  // Drools' own DRL parser reads the structure of a user's rule files (engine.safety).
  requires org.drools.drl.ast;
  requires org.drools.drl.parser;
  requires antlr.runtime; // ANTLR 3 names no module; this is the name its jar file gives it
}
