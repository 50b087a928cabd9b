package dev.rapport.archfixture.impure.core.domain;

/** Breaks "core does not print". */
public class Prints {
  void shout() {
    System.out.println("hello");
  }
}
