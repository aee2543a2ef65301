/*
 * datearg_fuzz: libFuzzer harness for the dates users write.  Whatever the
 * bytes, datearg_parse must not crash or read past them, must give a day
 * in the years 1 to 9999 or a reason, and must give back a plain date that
 * reads as itself.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c11 \
 *       -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I. \
 *       tests/fuzz/datearg_fuzz.c lib/datearg.c lib/date.c lib/today.c \
 *       lib/diag.c lib/wrap.c -o datearg_fuzz
 *   mkdir -p tests/fuzz/out && ./datearg_fuzz -max_total_time=60 tests/fuzz/out
 *
 * The first byte picks the parser: ISO 8601, or one of a few strptime
 * formats; the rest is the date.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/date.h"
#include "lib/datearg.h"

static const char *const formats[] = {
	NULL, NULL, "%d/%m/%Y", "%d %b %Y %H:%M %z", "%Y %j", "%s",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int zoned;
	struct datearg da;
	char why[160], iso[11], *s;
	long days;

	if (size == 0)
		return 0;
	if (!zoned) {
		/* A zone with daylight saving, so that offsets meet it. */
		setenv("TZ", "Europe/Berlin", 1);
		tzset();
		zoned = 1;
	}
	da.format = formats[data[0] % (sizeof formats / sizeof formats[0])];
	da.today = date_from_ymd(2026, 11, 26);
	s = malloc(size);
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	if (datearg_parse(&da, s, size - 1, &days, why, sizeof why) == 0) {
		if (days < date_from_ymd(1, 1, 1) || days > date_from_ymd(9999, 12, 31))
			abort();
		if (da.format == NULL && size - 1 == 10 && s[4] == '-') {
			date_format_iso(days, iso);
			if (memcmp(iso, s, 10) != 0)
				abort();
		}
	} else if (why[0] == '\0') {
		abort();
	}
	free(s);
	return 0;
}
