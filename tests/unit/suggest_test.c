/* Unit tests for core/suggest: the distance and the nearest name. */
#include <stddef.h>

#include "core/suggest.h"
#include "tests/unit/check.h"

int
main(void)
{
	static const char *const longs[] = { "all", "count", "seed", "daily", "section",
	    "step", "match", "for", "list", "file", "delimiter", "tsv", "width",
	    "format", "today", "help", "version" };
	static const char *const sections[] = { "steps", "better", "reasons", "signs",
	    "texts" };
	static const char *const holes[] = { NULL, "why", NULL, "qualify" };
	size_t nl = sizeof longs / sizeof longs[0], ns = sizeof sections / sizeof sections[0];

	CHECK(suggest_distance("", "") == 0);
	CHECK(suggest_distance("", "abc") == 3);
	CHECK(suggest_distance("abc", "") == 3);
	CHECK(suggest_distance("kitten", "sitting") == 3);
	CHECK(suggest_distance("sectoin", "section") == 1);     /* a swap is one edit */
	CHECK(suggest_distance("ab", "ba") == 1);
	CHECK(suggest_distance("ca", "abc") == 3);              /* OSA, not full Damerau */
	CHECK(suggest_distance("step", "steps") == 1);
	CHECK(suggest_distance("same", "same") == 0);

	CHECK_STR(suggest_nearest("sectoin", longs, nl), "section");
	CHECK_STR(suggest_nearest("fromat", longs, nl), "format");
	CHECK_STR(suggest_nearest("versoin", longs, nl), "version");
	CHECK_STR(suggest_nearest("dialy", longs, nl), "daily");
	CHECK(suggest_nearest("bogus", longs, nl) == NULL);
	CHECK(suggest_nearest("", longs, nl) == NULL);
	CHECK(suggest_nearest("xyz", longs, nl) == NULL);
	/* A short word is allowed one edit only. */
	CHECK_STR(suggest_nearest("fro", longs, nl), "for");
	CHECK(suggest_nearest("fxx", longs, nl) == NULL);
	/* Ties go to the first name: "step" is one from "steps" only. */
	CHECK_STR(suggest_nearest("step", sections, ns), "steps");
	CHECK_STR(suggest_nearest("sign", sections, ns), "signs");
	CHECK_STR(suggest_nearest("reason", sections, ns), "reasons");
	CHECK_STR(suggest_nearest("texs", sections, ns), "texts");
	/* An exact name is not a misspelling. */
	CHECK(suggest_nearest("steps", sections, 1) == NULL);
	CHECK_STR(suggest_nearest("qualfy", holes, 4), "qualify");
	CHECK_STR(suggest_nearest("wyh", holes, 4), "why");
	return check_done("suggest");
}
