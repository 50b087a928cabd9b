/**
 * Reading the text forms several adapters share, written once: the CSV files and the database
 * both hold days as digits. Depends on the JDK only.
 */
package dev.rapport.core.text;
