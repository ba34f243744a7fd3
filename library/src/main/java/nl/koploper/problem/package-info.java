/**
 * Koploper's one error type: every problem with a fact file, a {@code --set} argument, a rule set,
 * a policy test or a run of the rules is a {@link nl.koploper.problem.Problem} (a stable code, the
 * file, line, column and field path where it is, and a message for people), carried by a {@link
 * nl.koploper.problem.KoploperException} or one of its subclasses.
 */
package nl.koploper.problem;
