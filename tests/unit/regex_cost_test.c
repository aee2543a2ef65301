/* regex_cost_test: the size of a pattern once its repetitions are expanded. */
#include <stdlib.h>

#include "lib/regex_cost.h"
#include "tests/unit/check.h"

static void
test_cost(void)
{
	CHECK(regex_cost("") == 0);
	CHECK(regex_cost("abc") == 3);
	CHECK(regex_cost("a|bc") == 3);
	CHECK(regex_cost("a*b?c") == 3);
	CHECK(regex_cost("a+") == 2);                    /* aa* */
	CHECK(regex_cost("a{3}") == 3);
	CHECK(regex_cost("a{3,}") == 4);
	CHECK(regex_cost("a{2,10}") == 10);
	CHECK(regex_cost("a{0}") == 1);
	CHECK(regex_cost("(ab){12}") == 24);             /* two digits */
	CHECK(regex_cost("(a|bc){10}") == 30);
	CHECK(regex_cost("a{1,1000}{1,1000}") == 1e6);   /* stacked bounds multiply */
	CHECK(regex_cost("((a{10}){10}){10}") == 1000);  /* and so do nested ones */
	CHECK(regex_cost("[a-z]{5}") == 5);
	CHECK(regex_cost("[]{}]{5}") == 5);              /* ']' first is in the set */
	CHECK(regex_cost("[^]x]{5}") == 5);
	CHECK(regex_cost("[[:alpha:]]{5}") == 5);
	CHECK(regex_cost("\\{{5}") == 5);                /* an escaped brace */
	CHECK(regex_cost("a{") == 2);                    /* no bound: left to regcomp */
	CHECK(regex_cost("a{x}") == 4);
	CHECK(regex_cost("a{5") == 3);
	CHECK(regex_cost("a)b{4}") == 6);                /* a lone ')' is a character */
	CHECK(regex_cost("(ab") == 2);
}

static void
test_check(void)
{
	char why[200], deep[2 * REGEX_DEPTH_MAX + 8], *p = deep;
	int i;

	CHECK(regex_cost_check("steps?|call", why, sizeof why) == 0);
	CHECK(regex_cost_check("a{1,508}", why, sizeof why) == 0);   /* 8 + 500 */
	CHECK(regex_cost_check("a{1,509}", why, sizeof why) == -1);
	CHECK_STR(why, "its repetition counts would make it too large to compile "
	    "(more than 500 parts added); use smaller counts");
	CHECK(regex_cost_check("a{1,1000}{1,1000}", why, sizeof why) == -1);
	for (i = 0; i <= REGEX_DEPTH_MAX; i++)
		*p++ = '(';
	*p = '\0';
	CHECK(regex_cost_check(deep, why, sizeof why) == -1);
	CHECK_STR(why, "groups nest more than 100 deep");
	deep[1] = 'a';          /* one level less */
	CHECK(regex_cost_check(deep + 1, why, sizeof why) == 0);
}

int
main(void)
{
	test_cost();
	test_check();
	return check_done("regex_cost_test");
}
