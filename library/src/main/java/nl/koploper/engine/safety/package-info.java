/**
 * Proving a rule set safe before any of its code runs: its DRL read with Drools' own parser, its
 * texts, and every generated class read with ASM against one allowlist (allowlist.txt), with loops,
 * recursion and unbounded allocations refused.
 */
package nl.koploper.engine.safety;
