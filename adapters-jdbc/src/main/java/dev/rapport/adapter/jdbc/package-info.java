/** Storage adapter on JDBC: SQLite (the embedded default) and PostgreSQL. */
package dev.rapport.adapter.jdbc;
