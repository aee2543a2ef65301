/* atarg: rk-log's --at, a date and an optional time of day. */
#include <stdio.h>
#include <string.h>

#include "lib/atarg.h"
#include "lib/datearg.h"

#define AT_FORMS "YYYY-MM-DD, YYYY-MM-DDTHH:MM, \"YYYY-MM-DD HH:MM\", today or yesterday"

/* The layout is checked here; datearg checks that the date and the time
 * exist and says why not.  Its wider ISO 8601 (seconds, offsets) is
 * refused first, because a journal row has no place for them. */
static int
layout_ok(const char *s, size_t n)
{
	static const char date[] = "dddd-dd-dd", time[] = "dd:dd";
	size_t i;

	if ((n == 5 && memcmp(s, "today", 5) == 0) ||
	    (n == 9 && memcmp(s, "yesterday", 9) == 0))
		return 1;
	if (n != 10 && n != 16)
		return 0;
	for (i = 0; i < n; i++) {
		char want = i < 10 ? date[i] : i == 10 ? 'T' : time[i - 11];

		if (want == 'd' ? s[i] < '0' || s[i] > '9' :
		    want == 'T' ? s[i] != 'T' && s[i] != 't' && s[i] != ' ' : s[i] != want)
			return 0;
	}
	return 1;
}

int
atarg_parse(const char *s, size_t n, long today, struct atarg *at, char *why,
    size_t whylen)
{
	struct datearg da = { NULL, today };

	if (!layout_ok(s, n)) {
		snprintf(why, whylen, "is not a date or date-time (" AT_FORMS ")");
		return -1;
	}
	if (datearg_parse(&da, s, n, &at->days, why, whylen) != 0)
		return -1;
	at->hour = at->min = -1;
	if (n == 16) {
		/* datearg has checked that these are digits in range. */
		at->hour = (s[11] - '0') * 10 + (s[12] - '0');
		at->min = (s[14] - '0') * 10 + (s[15] - '0');
	}
	return 0;
}

void
atarg_format_time(const struct atarg *at, char buf[6])
{
	if (at->hour < 0) {
		buf[0] = '\0';
		return;
	}
	/* hour and min are in range; the modulo tells the compiler so. */
	snprintf(buf, 6, "%02u:%02u", (unsigned)at->hour % 24u, (unsigned)at->min % 60u);
}
