/**
 * Small packages that break the architecture rules on purpose, so the tests can prove each rule
 * is live (it finds the violation). Never imported by the real architecture tests.
 */
package dev.rapport.archfixture;
