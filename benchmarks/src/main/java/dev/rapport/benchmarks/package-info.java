/** JMH benchmarks. */
package dev.rapport.benchmarks;
