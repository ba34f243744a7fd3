/**
 * Policy tests: cases that analysts write beside the rules ({@code rules/tests/*.yaml}, format
 * {@code koploper/policy-test/v1}), each a region's facts and what the rules must then recommend.
 * {@link nl.koploper.policytest.PolicyTestReader} reads a file strictly (every problem with file,
 * line and column), {@link nl.koploper.policytest.PolicySuite} runs the cases against an {@link
 * nl.koploper.api.Advisor} and measures which rules fired. Depends on {@code api} and {@code
 * facts}; decides nothing about policy itself.
 */
package nl.koploper.policytest;
