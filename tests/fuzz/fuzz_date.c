/*
 * fuzz_date: the date parsers.  date_parse_iso (strict YYYY-MM-DD, as
 * --today and RK_TODAY take it), datearg_parse (what rk-since takes: ISO
 * 8601 dates and date-times, today, yesterday, or a strptime format) and
 * milestones_parse (rk-since -m).  The first byte picks the parser and the
 * format.  A date must land in the years 1 to 9999 and a plain date must
 * read back as itself; a refusal must say why.
 */
#include "tests/fuzz/fuzz.h"


#include <time.h>

#include "core/date.h"
#include "core/dateparse.h"
#include "core/since.h"

static const char *const formats[] = {
	NULL, "%d/%m/%Y", "%d %b %Y %H:%M %z", "%Y %j", "%s", "%F %T", "%e.%m.%y",
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int zoned;
	long lo = date_from_ymd(DATE_MIN_YEAR, 1, 1), hi = date_from_ymd(DATE_MAX_YEAR, 12, 31);
	struct datearg da;
	struct milestones m;
	char why[200], iso[11], *s;
	size_t n, i;
	long days;

	if (size == 0)
		return 0;
	if (!zoned) {
		/* A zone with daylight saving, so that offsets meet it. */
		setenv("TZ", "Europe/Berlin", 1);
		tzset();
		zoned = 1;
	}
	n = size - 1;
	s = malloc(n + 1);
	memcpy(s, data + 1, n);
	s[n] = '\0';
	why[0] = '\0';
	switch (data[0] % 3) {
	case 0:
		if (date_parse_iso(s, n, &days) == 0) {
			if (days < lo || days > hi)
				abort();
			date_format_iso(days, iso);
			if (n != 10 || memcmp(iso, s, 10) != 0)
				abort();
		}
		break;
	case 1:
		da.format = formats[(data[0] / 3) % (sizeof formats / sizeof formats[0])];
		da.today = data[0] & 0x80 ? lo : date_from_ymd(2026, 11, 26);
		if (datearg_parse(&da, s, n, &days, why, sizeof why) == 0) {
			if (days < lo || days > hi)
				abort();
			if (da.format == NULL && n == 10 && date_parse_iso(s, n, &days) == 0) {
				date_format_iso(days, iso);
				if (memcmp(iso, s, 10) != 0)
					abort();
			}
		} else if (why[0] == '\0' || strlen(why) >= sizeof why) {
			abort();
		}
		break;
	case 2:
		if (milestones_parse(s, &m, why, sizeof why) == 0) {
			for (i = 0; i < m.n; i++)
				if (m.v[i] < -SINCE_MAX_SPAN || m.v[i] > SINCE_MAX_SPAN ||
				    (i > 0 && m.v[i] <= m.v[i - 1]) || !milestones_has(&m, m.v[i]))
					abort();
			milestones_free(&m);
		} else if (why[0] == '\0') {
			abort();
		}
		break;
	}
	free(s);
	return 0;
}
