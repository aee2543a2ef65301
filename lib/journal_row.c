/* journal_row: the pure checks of a journal's header and rows (lib/journal.h). */
#include <stdio.h>
#include <string.h>

#include "lib/date.h"
#include "lib/diag.h"
#include "lib/journal.h"

int
journal_header_ok(const char *s, size_t n)
{
	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		s += 3, n -= 3;
	if (n > 0 && s[n - 1] == '\r')
		n--;
	return n == sizeof JOURNAL_HEADER - 1 && memcmp(s, JOURNAL_HEADER, n) == 0;
}

int
journal_row_whole(const char *s, size_t n)
{
	size_t i = 0, fields = 1;

	if (n > 0 && s[n - 1] == '\r')
		n--;
	for (;;) {
		if (i < n && s[i] == '"') {
			for (i++;; i++) {
				if (i == n)
					return 0;         /* the quote never closes */
				if (s[i] != '"')
					continue;
				if (i + 1 < n && s[i + 1] == '"')
					i++;
				else
					break;
			}
			i++;
			if (i == n)
				break;
			if (s[i] != ',')
				return 0;
		} else {
			while (i < n && s[i] != ',' && s[i] != '"')
				i++;
			if (i == n)
				break;
			if (s[i] == '"')
				return 0;
		}
		i++;                              /* the comma */
		fields++;
	}
	return fields == J_NFIELDS;
}

static int
two_digits(const char *s, int *v)
{
	if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9')
		return -1;
	*v = (s[0] - '0') * 10 + (s[1] - '0');
	return 0;
}

const char *
journal_row_check(const char *const *f, const size_t *len, long *days, char *why,
    size_t whylen)
{
	int hh, mm;

	if (date_parse_iso(f[J_DATE], len[J_DATE], days) != 0) {
		snprintf(why, whylen, "%s is not a date (YYYY-MM-DD)", diag_quote(f[J_DATE]));
		return why;
	}
	if (len[J_TIME] != 0 && (len[J_TIME] != 5 || f[J_TIME][2] != ':' ||
	    two_digits(f[J_TIME], &hh) != 0 || two_digits(f[J_TIME] + 3, &mm) != 0 ||
	    hh > 23 || mm > 59)) {
		snprintf(why, whylen, "%s is not a time of day (HH:MM, or empty)",
		    diag_quote(f[J_TIME]));
		return why;
	}
	if (strcmp(f[J_WHO], "me") != 0 && strcmp(f[J_WHO], "him") != 0) {
		snprintf(why, whylen, "%s is not who started the contact (me or him)",
		    diag_quote(f[J_WHO]));
		return why;
	}
	return NULL;
}
