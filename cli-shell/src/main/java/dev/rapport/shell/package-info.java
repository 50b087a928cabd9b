/** The reference shell over the use cases. */
package dev.rapport.shell;
