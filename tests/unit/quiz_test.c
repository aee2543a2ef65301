/* Unit tests for core/quiz: the scoring rule of rekindle-files(5), worked by hand. */
#include <stdio.h>
#include <string.h>

#include "core/quiz.h"

static int failed;

#define CHECK(cond) do { \
	if (!(cond)) { \
		printf("%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
		failed = 1; \
	} \
} while (0)

#define YESNO(id, cat, w, rev, c) { id, cat, "", "", "", "", 1, 0, 1, w, rev, c }
#define SCALE(id, cat, lo, hi, w, rev, c) { id, cat, "", "", "", "", 0, lo, hi, w, rev, c }
#define CAT(name) { name, "", "", "", QUIZ_ADVISE_HIGH }

static const struct quiz_category cats[] = {
	CAT("a"), CAT("b"), CAT("c"), CAT("d"), CAT("e"), CAT("f"),
};

static const struct quiz_item items[] = {
	YESNO("a1", "a", 2000, 0, 0),           /* yes: 2 x 1 = 2 of 2 */
	SCALE("a2", "a", 1, 5, 1500, 1, 0),     /* reversed 2: 1.5 x (5-2) = 4.5 of 6 */
	YESNO("b1", "b", 1000, 1, 1),           /* reversed yes: 0 of 1 */
	YESNO("c1", "c", 1000, 0, 2),           /* unanswered */
	YESNO("d1", "d", 1000, 0, 3),           /* yes: 1 of 1 */
	SCALE("e1", "e", 0, 4, 1000, 0, 4),     /* 2: 2 of 4 */
	YESNO("f1", "f", 500, 0, 5),            /* yes: 0.5 of 0.5 */
	YESNO("f2", "f", 500, 0, 5),            /* no: 0 of 0.5 */
};

static const struct quiz quiz = { "t", "", items, 8, cats, 6, NULL, 0 };

static void
test_score(void)
{
	/* a: (2 + 4.5) / (2 + 6) = 81.25%, rounded half up to 81.3.
	 * e and f tie at 50.0 and keep quiz order; c, unanswered, comes last. */
	static const short values[] = { 1, 2, 1, QUIZ_NO_ANSWER, 1, 2, 1, 0 };
	static const size_t order[] = { 3, 0, 4, 5, 1, 2 };
	struct quiz_result res[6];
	char buf[32];
	size_t i;

	quiz_score(&quiz, values, res);
	for (i = 0; i < 6; i++)
		CHECK(res[i].cat == order[i]);
	CHECK(res[1].score == 6500 && res[1].max == 8000 && res[1].pct10 == 813);
	CHECK(res[1].answered == 2 && res[1].total == 2);
	CHECK(strcmp(quiz_format_points(res[1].score, buf, sizeof buf), "6.5") == 0);
	CHECK(strcmp(quiz_format_percent(res[1].pct10, buf, sizeof buf), "81.3") == 0);
	CHECK(res[3].score == 500 && res[3].max == 1000 && res[3].pct10 == 500);
	CHECK(res[4].score == 0 && res[4].max == 1000 && res[4].pct10 == 0);
	CHECK(res[5].answered == 0 && res[5].total == 1 && res[5].pct10 == -1);
	CHECK(res[5].score == 0 && res[5].max == 0);
	CHECK(strcmp(quiz_format_percent(-1, buf, sizeof buf), "") == 0);
}

/* Ties in percent go to the heavier category; unanswered ones keep quiz
 * order whatever their weight.  The total and its outcome, at the edges of
 * the ranges. */
static void
test_ties_and_outcomes(void)
{
	static const struct quiz_item w[] = {
		YESNO("l1", "a", 1000, 0, 0), YESNO("h1", "b", 6000, 0, 1),
		YESNO("m1", "c", 2000, 0, 2), YESNO("u1", "d", 1000, 0, 3),
		YESNO("u2", "e", 6000, 0, 4),
	};
	static const struct quiz_outcome outs[] = {
		{ "none", "", 0, 0 }, { "weak", "", 1, 5 }, { "strong", "", 6, 9 },
	};
	struct quiz q = { "w", "", w, 5, cats, 5, outs, 3 };
	short v[] = { 1, 1, 1, QUIZ_NO_ANSWER, QUIZ_NO_ANSWER };
	static const size_t order[] = { 1, 2, 0, 3, 4 };
	struct quiz_result res[5], total;
	size_t i;

	quiz_score(&q, v, res);
	for (i = 0; i < 5; i++)
		CHECK(res[i].cat == order[i]);
	CHECK(res[0].heaviest == 6000 && res[2].heaviest == 1000);
	quiz_total(res, 5, &total);
	CHECK(total.score == 9000 && total.max == 9000 && total.answered == 3);
	CHECK(total.total == 5 && total.pct10 == 1000);
	CHECK(strcmp(quiz_outcome_of(&q, &total)->name, "strong") == 0);
	total.score = 5999;     /* 5.999 points: between weak and strong */
	CHECK(quiz_outcome_of(&q, &total) == NULL);
	total.score = 5000;
	CHECK(strcmp(quiz_outcome_of(&q, &total)->name, "weak") == 0);
	total.score = 1000;
	CHECK(strcmp(quiz_outcome_of(&q, &total)->name, "weak") == 0);
	total.score = 0;
	CHECK(strcmp(quiz_outcome_of(&q, &total)->name, "none") == 0);
	total.score = 10000;
	CHECK(quiz_outcome_of(&q, &total) == NULL);
	total.score = 0;
	total.answered = 0;     /* nothing answered: no outcome, even "none" */
	CHECK(quiz_outcome_of(&q, &total) == NULL);
	quiz_total(res, 0, &total);
	CHECK(total.pct10 == -1 && total.total == 0);
}

static void
test_points(void)
{
	char buf[32];

	CHECK(quiz_item_points(&items[0], 1) == 2000);
	CHECK(quiz_item_points(&items[0], 0) == 0);
	CHECK(quiz_item_points(&items[2], 0) == 1000);
	CHECK(quiz_item_points(&items[1], 5) == 0);
	CHECK(quiz_item_points(&items[1], 1) == 6000);
	CHECK(quiz_item_max(&items[1]) == 6000);
	CHECK(strcmp(quiz_format_points(3000, buf, sizeof buf), "3") == 0);
	CHECK(strcmp(quiz_format_points(125, buf, sizeof buf), "0.125") == 0);
	CHECK(strcmp(quiz_format_points(0, buf, sizeof buf), "0") == 0);
	CHECK(strcmp(quiz_format_points(10200, buf, sizeof buf), "10.2") == 0);
	CHECK(strcmp(quiz_format_points(1500, buf, sizeof buf), "1.5") == 0);
	CHECK(strcmp(quiz_format_points(1001, buf, sizeof buf), "1.001") == 0);
	CHECK(strcmp(quiz_format_points(100, buf, sizeof buf), "0.1") == 0);
	CHECK(strcmp(quiz_format_points(1000000000000LL, buf, sizeof buf), "1000000000") == 0);
	CHECK(strcmp(quiz_format_points(-1500, buf, sizeof buf), "-1.-5") == 0);
	CHECK(strcmp(quiz_format_percent(1000, buf, sizeof buf), "100.0") == 0);
	CHECK(strcmp(quiz_format_percent(5, buf, sizeof buf), "0.5") == 0);
	CHECK(strcmp(quiz_format_percent(0, buf, sizeof buf), "0.0") == 0);
}

static void
test_answers(void)
{
	static const char *const yes[] = { "yes", "Y", "TRUE", "1", "Yes" };
	static const char *const no[] = { "no", "N", "false", "0" };
	static const char *const bad[] = { "", "maybe", "2", "ye", " yes", "yes " };
	char buf[32];
	size_t i;
	int v;

	for (i = 0; i < sizeof yes / sizeof yes[0]; i++)
		CHECK(quiz_parse_answer(&items[0], yes[i], &v) == 0 && v == 1);
	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		CHECK(quiz_parse_answer(&items[0], no[i], &v) == 0 && v == 0);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		CHECK(quiz_parse_answer(&items[0], bad[i], &v) == -1);
	CHECK(quiz_parse_answer(&items[1], "1", &v) == 0 && v == 1);
	CHECK(quiz_parse_answer(&items[1], "5", &v) == 0 && v == 5);
	CHECK(quiz_parse_answer(&items[1], "0", &v) == -1);
	CHECK(quiz_parse_answer(&items[1], "6", &v) == -1);
	CHECK(quiz_parse_answer(&items[1], "yes", &v) == -1);
	CHECK(quiz_parse_answer(&items[1], "2.5", &v) == -1);
	CHECK(quiz_parse_answer(&items[1], "05", &v) == 0 && v == 5);
	CHECK(quiz_parse_answer(&items[1], "+3", &v) == 0 && v == 3);
	CHECK(quiz_parse_answer(&items[1], "005", &v) == 0 && v == 5);
	CHECK(quiz_parse_answer(&items[1], "10", &v) == -1);
	CHECK(quiz_parse_answer(&items[1], "-1", &v) == -1);
	CHECK(quiz_parse_answer(&items[1], "3 ", &v) == -1);
	CHECK(quiz_parse_answer(&items[1], "3x", &v) == -1);
	CHECK(quiz_parse_answer(&items[1], "", &v) == -1);
	CHECK(strcmp(quiz_answer_range(&items[0], buf, sizeof buf), "yes or no") == 0);
	CHECK(strcmp(quiz_answer_range(&items[1], buf, sizeof buf), "1 to 5") == 0);
}

static void
test_set(void)
{
	const struct quiz *two[2];
	struct quiz_set set;
	size_t k;

	two[0] = quiz_find("qualify");
	two[1] = quiz_find("signs");
	CHECK(two[0] != NULL && two[1] != NULL && quiz_find("nope") == NULL);
	if (two[0] == NULL || two[1] == NULL)
		return;
	CHECK(quiz_set_init(&set, two, 2) == -1);
	CHECK(set.nitems == two[0]->nitems + two[1]->nitems);
	CHECK(quiz_set_find(&set, "fixable.kids", 12) == 0);
	CHECK(quiz_set_find(&set, "signfix.small", 13) == (long)two[0]->nitems + 3);
	CHECK(quiz_set_find(&set, "signfix.smal", 12) == -1);
	CHECK(quiz_set_find(&set, "fixable.kidsX", 13) == -1);
	CHECK(strcmp(quiz_set_item(&set, two[0]->nitems + 3, &k)->category, "fixable") == 0);
	CHECK(k == 1);
	quiz_set_free(&set);

	two[1] = two[0];
	CHECK(quiz_set_init(&set, two, 2) == (long)two[0]->nitems);
	quiz_set_free(&set);
}

static void
test_builtin(void)
{
	const struct quiz *why = quiz_find("why");
	size_t i, n = 0;

	CHECK(builtin_nquizzes == 4);
	CHECK(why != NULL && why->ncats == 5 && why->nitems == 23);
	if (why == NULL)
		return;
	CHECK(strcmp(why->cats[0].name, "goals") == 0 && *why->cats[0].advice != '\0');
	for (i = 0; i < why->nitems; i++)
		n += !why->items[i].yesno;
	CHECK(n == 6);
}

int
main(void)
{
	test_score();
	test_points();
	test_ties_and_outcomes();
	test_answers();
	test_set();
	test_builtin();
	return failed;
}
