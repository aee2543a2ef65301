/* datelayout_test: dates written in another layout than ISO 8601, and the
 * strptime formats that would read them. */
#include <string.h>

#include "core/dateparse.h"
#include "tests/unit/check.h"

static const struct {
	const char *s;
	int n;
	const char *fmt0, *fmt1;
} cases[] = {
	{ "12/01/2026", 2, "%d/%m/%Y", "%m/%d/%Y" },
	{ "1/2/2026", 2, "%d/%m/%Y", "%m/%d/%Y" },
	{ "13/01/2026", 1, "%d/%m/%Y", NULL },
	{ "01/13/2026", 1, "%m/%d/%Y", NULL },
	{ "31/31/2026", 1, "%d/%m/%Y", NULL },
	{ "01.10.2026", 1, "%d.%m.%Y", NULL },
	{ "10.31.2026", 1, "%m.%d.%Y", NULL },
	{ "1-10-2026", 2, "%d-%m-%Y", "%m-%d-%Y" },
	{ "2026/10/01", 1, "%Y/%m/%d", NULL },
	{ "2026.1.5", 1, "%Y.%m.%d", NULL },
	/* Not such a date: ISO 8601 gone wrong has its own messages. */
	{ "2026-1-5", 0, NULL, NULL },
	{ "2026-13-01", 0, NULL, NULL },
	{ "2026-10-01", 0, NULL, NULL },
	{ "12/01/26", 0, NULL, NULL },
	{ "12/01/20266", 0, NULL, NULL },
	{ "123/01/2026", 0, NULL, NULL },
	{ "12/01-2026", 0, NULL, NULL },
	{ "12/01/2026/", 0, NULL, NULL },
	{ "/12/2026", 0, NULL, NULL },
	{ "12//2026", 0, NULL, NULL },
	{ "a2/01/2026", 0, NULL, NULL },
	{ "12/01/202x", 0, NULL, NULL },
	{ "12 01 2026", 0, NULL, NULL },
	{ "2026/10/011", 0, NULL, NULL },
	{ "20261/10/01", 0, NULL, NULL },
	{ "", 0, NULL, NULL },
	{ "today", 0, NULL, NULL },
};

int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char fmt[2][9] = { "", "" };
		int n = datearg_layout(cases[i].s, strlen(cases[i].s), fmt);

		if (n != cases[i].n)
			fprintf(stderr, "case %s: %d formats\n", cases[i].s, n);
		CHECK(n == cases[i].n);
		if (cases[i].fmt0 != NULL)
			CHECK_STR(fmt[0], cases[i].fmt0);
		if (cases[i].fmt1 != NULL)
			CHECK_STR(fmt[1], cases[i].fmt1);
	}
	/* Only the N bytes count: what follows them is not read. */
	{
		char fmt[2][9];

		CHECK(datearg_layout("13/01/2026 and more", 10, fmt) == 1);
		CHECK(datearg_layout("13/01/2026/", 10, fmt) == 1);
	}
	return check_done("datelayout_test");
}
