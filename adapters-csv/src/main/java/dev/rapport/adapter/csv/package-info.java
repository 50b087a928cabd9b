/** CSV adapter: the native format, and the LinkedIn, Google Contacts and Outlook importers. */
package dev.rapport.adapter.csv;
