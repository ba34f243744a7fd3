/**
 * Building a rule set: Drools' executable model turns the DRL into Java classes, which are checked
 * before a class loader of their own defines exactly the checked bytes; compiled sets are cached by
 * their sha256.
 */
package nl.koploper.engine.compile;
