/* regex_cost_test: the size of a pattern once its repetitions are expanded. */
#include <stdlib.h>
#include <string.h>

#include "core/regex_cost.h"
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
	CHECK(regex_cost("a){4}") == 5);                 /* and can be repeated */
	CHECK(regex_cost("a{2\\,5}") == 5);
	CHECK(regex_cost("(ab") == 2);
	CHECK(regex_cost("a{,3}") == 3);                 /* GNU's {,n} is {0,n} */
	CHECK(regex_cost("a{,3}{,3}") == 9);
	CHECK(regex_cost("(){10}{10}") == 100);          /* an empty group is a part */
	CHECK(regex_branches("abc") == 0);
	CHECK(regex_branches("a|b|c") == 2);
	CHECK(regex_branches("a*b?c+") == 3);
	CHECK(regex_branches("a**") == 51);              /* stacked: fifty */
	CHECK(regex_branches("(a)") == 1);
	CHECK(regex_branches("^a$") == 20);
	CHECK(regex_branches("a{2,5}") == 3);
	CHECK(regex_branches("(a|b){3}") == 6);
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

#define TOO_LARGE "its repetition counts would make it too large to compile " \
	"(more than 500 parts added); use smaller counts"
#define BACKREF "back-references (\\1 to \\9) are refused: matching one can " \
	"take longer than any wait"
#define BRANCHES "it has too many alternatives, repetitions, anchors and " \
	"groups to compile (more than 1000, counted once expanded); use fewer"
#define ANCHORS "with anchors (^, $, \\b, \\<, \\>), more than 20 anchors " \
	"or 6 repetitions of what can match nothing, as in (a*)*, take too long to compile"

#define NESTED "it repeats, inside a repetition, a part that can match nothing, " \
	"as in ((a*)*)* or (()?){,4}: that takes exponential time to compile"

/* Patterns that took gigabytes or never ended (issue 18), and their
 * neighbours that must still pass: UNIT repeated TIMES times, then TAIL. */
static const struct {
	const char *unit;
	int times;
	const char *tail;
	const char *why;        /* NULL: accepted */
} table[] = {
	{ "", 0, "a{,32767}", TOO_LARGE },               /* GNU's {,n}: 8 GB */
	{ "", 0, "(a{,1000}){,1000}", TOO_LARGE },       /* over 2 GB */
	{ "", 0, "a{,500}", NULL },
	{ "", 0, "a{,}b", NULL },                        /* {,} is a star */
	{ "", 0, "(.*)(.*)(.*)(.*)\\4\\3\\2\\1z", BACKREF },  /* never ends */
	{ "", 0, "(a)\\1", BACKREF },
	{ "", 0, "(a)\\9", BACKREF },
	{ "", 0, "[\\1]a\\.", NULL },                   /* not back-references */
	{ "w|", 14999, "w", BRANCHES },                  /* 15,000 alternatives: 1.8 GB */
	{ "w|", 1001, "w", BRANCHES },
	{ "w|", 1000, "w", NULL },
	{ "a*", 1001, "", BRANCHES },                    /* the square of their number */
	{ "()", 1001, "", BRANCHES },                    /* a group costs too */
	{ "a", 1, "{1,1000}", TOO_LARGE },
	{ "(a|b)", 600, "", BRANCHES },
	{ "a", 100000, "", NULL },                        /* plain characters are cheap */
	{ "^", 101, "", BRANCHES },                      /* an anchor counts ten */
	{ "^", 20, "", NULL },
	{ "^", 21, "", ANCHORS },
	{ "(^)", 1, "{21}", ANCHORS },                   /* counted once expanded */
	{ "(a*)*", 6, "^", NULL },
	{ "(a*)*", 7, "^", ANCHORS },                    /* exponential with an anchor */
	{ "(a*)*", 7, "\\b", ANCHORS },
	{ "(a*)*", 200, "", NULL },                      /* and cheap without */
	{ "(a|)+", 7, "$", ANCHORS },
	{ "(a?){0,2}", 4, "\\<", ANCHORS },
	{ "(^)*", 7, "", ANCHORS },
	{ "(ab)*", 50, "^x$", NULL },                    /* ab cannot be empty */
	{ "a", 1, "*****", NULL },
	{ "()*", 1, "???????????????????", NULL },
	{ "()*", 1, "????????????????????", BRANCHES },   /* 0.4 s at 100: fuzz_regex_cost */
	{ "a", 1, "*******************************************************************"
	    "***************************************************************************"
	    "***************************************************************************"
	    "*************************************************************************", BRANCHES },
	/* Repetitions of what can match nothing, nested: 2.4 s for
	 * ((((){1,}){,4}){,4}){2}, and never done for a longer one. */
	{ "", 0, "((((){1,}){,4}){,4}){2}", NESTED },
	{ "", 0, "((a*)*)*", NESTED },
	{ "", 0, "((a?b?)+c?){0,2}", NESTED },
	{ "", 0, "(a*)*(b?)+(c|)*", NULL },             /* one level is cheap */
	{ "", 0, "((ab)*c)*", NULL },                   /* (ab)*c cannot be empty */
	{ "", 0, "()**", NULL },                        /* a stacked one is not nested */
	{ "", 0, "a){,3267}", TOO_LARGE },              /* 86 MB: fuzz_regex_cost */
	{ "", 0, "a){,3}", NULL },
	{ "", 0, "a{\\,3267}", TOO_LARGE },              /* \, is a comma to glibc */
	{ "", 0, "a{1\\,3267}", TOO_LARGE },
	{ "", 0, "([[=a=]]){300}", NULL },
	{ "", 0, "^(ask|say)( it)?$", NULL },
};

static void
test_table(void)
{
	char why[300];
	size_t i, ulen, tlen;
	int k;

	for (i = 0; i < sizeof table / sizeof table[0]; i++) {
		char *pat, *p;

		ulen = strlen(table[i].unit);
		tlen = strlen(table[i].tail);
		pat = p = malloc(ulen * (size_t)table[i].times + tlen + 1);
		for (k = 0; k < table[i].times; k++, p += ulen)
			memcpy(p, table[i].unit, ulen);
		memcpy(p, table[i].tail, tlen + 1);
		why[0] = '\0';
		if (table[i].why == NULL) {
			if (regex_cost_check(pat, why, sizeof why) != 0)
				fprintf(stderr, "table[%zu] %s x %d %s: %s\n", i,
				    table[i].unit, table[i].times, table[i].tail, why);
			CHECK(regex_cost_check(pat, why, sizeof why) == 0);
		} else {
			if (regex_cost_check(pat, why, sizeof why) != -1)
				fprintf(stderr, "table[%zu] accepted\n", i);
			CHECK(regex_cost_check(pat, why, sizeof why) == -1);
			CHECK_STR(why, table[i].why);
		}
		free(pat);
	}
}

int
main(void)
{
	test_cost();
	test_check();
	test_table();
	return check_done("regex_cost_test");
}
