/** Running a rule set: warm sessions, the firing limit and the wall-clock limit. */
package nl.koploper.engine.session;
