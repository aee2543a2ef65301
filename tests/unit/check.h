/* check: the smallest test harness.  CHECK records a failure and goes on;
 * check_done() prints the count and gives the exit status. */
#ifndef RK_UNIT_CHECK_H
#define RK_UNIT_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failed, check_run;

#define CHECK(cond) do { \
	check_run++; \
	if (!(cond)) { \
		check_failed++; \
		fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	check_run++; \
	if (strcmp(g_, w_) != 0) { \
		check_failed++; \
		fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, g_, w_); \
	} \
} while (0)

static int
check_done(const char *name)
{
	printf("%s: %d checks, %d failed\n", name, check_run, check_failed);
	return check_failed != 0;
}

#endif
