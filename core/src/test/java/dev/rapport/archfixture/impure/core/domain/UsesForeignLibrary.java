package dev.rapport.archfixture.impure.core.domain;

/** Breaks "core depends only on the JDK, Guava and Immutables". */
public class UsesForeignLibrary {
  org.assertj.core.api.Condition<String> condition;
}
