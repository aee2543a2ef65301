/* sign_answers_test: journal tallies as his-signs answers, worked out by hand. */
#include <string.h>

#include "core/quiz.h"
#include "core/signs.h"
#include "tests/unit/check.h"

static int
answer(const struct quiz *q, const char *id, const struct sign_tally *t)
{
	size_t i;

	for (i = 0; i < q->nitems; i++)
		if (strcmp(q->items[i].id, id) == 0)
			return sign_answer(q, &q->items[i], t);
	return -2;
}

static size_t
cat(const struct quiz *q, const char *name)
{
	size_t i;

	for (i = 0; i < q->ncats; i++)
		if (strcmp(q->cats[i].name, name) == 0)
			return i;
	return 0;
}

int
main(void)
{
	const struct quiz *q = quiz_find("his-signs");
	size_t count[32] = { 0 };
	struct sign_tally t = { .count = count };

	CHECK(q != NULL && q->ncats <= 32);
	/* An empty journal: no to every sign, and who broke the silence is
	 * not known. */
	CHECK(answer(q, "contact.first", &t) == 0);
	CHECK(answer(q, "contact.silence", &t) == -1);
	CHECK(answer(q, "flirt.tease", &t) == 0);

	/* Three rows, the first his; one visit, one flirt. */
	t.rows = 3, t.him_rows = 2, t.first_is_him = 1;
	count[cat(q, "visits")] = 1;
	count[cat(q, "flirt")] = 1;
	CHECK(answer(q, "contact.first", &t) == 1);      /* any row of his */
	CHECK(answer(q, "contact.silence", &t) == 1);
	CHECK(answer(q, "visits.drop", &t) == 1);
	CHECK(answer(q, "visits.often", &t) == 0);       /* needs two */
	CHECK(answer(q, "flirt.tease", &t) == 1);
	CHECK(answer(q, "reminisce.past", &t) == 0);
	count[cat(q, "visits")] = 2;
	CHECK(answer(q, "visits.often", &t) == 1);
	t.first_is_him = 0;
	CHECK(answer(q, "contact.silence", &t) == 0);

	/* Rows counted: the earliest by day, then by time, a row with no
	 * time before one with a time; his signs only, and only known ones. */
	memset(count, 0, sizeof count);
	memset(&t, 0, sizeof t);
	t.count = count;
	sign_tally_add(&t, q, 100, "10:00", "me", "");
	CHECK(t.rows == 1 && t.him_rows == 0 && !t.first_is_him);
	sign_tally_add(&t, q, 100, "09:59", "him", "visits");
	CHECK(t.rows == 2 && t.him_rows == 1 && t.first_is_him);
	CHECK(count[cat(q, "visits")] == 1);
	sign_tally_add(&t, q, 100, "", "me", "flirt");
	CHECK(t.rows == 3 && !t.first_is_him && count[cat(q, "flirt")] == 0);
	sign_tally_add(&t, q, 101, "", "him", "dinner");
	CHECK(t.rows == 4 && t.him_rows == 2 && !t.first_is_him);
	sign_tally_add(&t, q, -1, "23:59", "him", "visits");
	CHECK(t.first_is_him && t.first_day == -1 && count[cat(q, "visits")] == 2);
	CHECK(answer(q, "visits.often", &t) == 1);
	CHECK(sign_index(q, "flirt") == (long)cat(q, "flirt"));
	CHECK(sign_index(q, "dinner") == -1);
	return check_done("sign_answers_test");
}
