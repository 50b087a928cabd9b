/**
 * Address books, calendars and mail: vCard import and export (ez-vcard), iCalendar export and
 * import (biweekly), and mbox import by header (mime4j). Package-private behind its entry classes.
 */
package dev.rapport.adapter.pim;
