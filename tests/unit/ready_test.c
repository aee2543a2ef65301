/* ready_test: the readiness rules (core/ready.h) as a table.  Each case
 * changes the answers of ALL_GOOD, where every check holds at its most, and
 * names the status of the eight checks, in order (the qualify checks
 * fixable, compromise, motive, then the signs time, fixable, mutual, miss,
 * friends), the verdict and the next step.  rk-ready --format=csv prints
 * the same statuses and verdicts for these answers. */
#include <stdlib.h>

#include "core/date.h"
#include "core/ready.h"
#include "tests/unit/check.h"

static const char *const all_good[][2] = {
	{ "fixable.kids", "no" }, { "fixable.phase", "yes" }, { "fixable.misread", "yes" },
	{ "compromise.listen", "yes" }, { "compromise.work", "yes" }, { "compromise.sorry", "no" },
	{ "motive.revenge", "no" }, { "motive.apology", "no" }, { "motive.equal", "yes" },
	{ "time.healed", "yes" }, { "time.reflect", "yes" }, { "time.recent", "no" },
	{ "signfix.small", "yes" }, { "signfix.try", "yes" },
	{ "mutual.both", "yes" }, { "mutual.change", "yes" },
	{ "miss.whole", "yes" }, { "miss.others", "yes" },
	{ "friends.support", "yes" }, { "friends.oppose", "no" },
};

struct ready_case {
	const char *changes;    /* "id=value id= ...": id= leaves it out; "*=" all */
	long days;              /* -1: no calendar */
	long min_days;
	int min_signs;
	const char *his;        /* his-signs outcome, or NULL */
	const char *checks;
	const char *verdict;
	int next_step;
};

static const struct ready_case cases[] = {
	{ "", -1, 30, 4, NULL, "pass pass pass pass pass pass pass pass", "ready", 1 },
	/* Ready with clear signs from him is step 7; any other outcome, step 1. */
	{ "", -1, 30, 4, "strong", "pass pass pass pass pass pass pass pass", "ready", 7 },
	{ "", -1, 30, 4, "weak", "pass pass pass pass pass pass pass pass", "ready", 1 },
	/* 29 days of 30: only the calendar is short, so wait a day. */
	{ "", 29, 30, 4, NULL, "pass pass pass fail pass pass pass pass", "wait", 0 },
	{ "", 30, 30, 4, NULL, "pass pass pass pass pass pass pass pass", "ready", 1 },
	{ "", 0, 0, 4, NULL, "pass pass pass pass pass pass pass pass", "ready", 1 },
	{ "mutual.both=no", 29, 30, 4, NULL, "pass pass pass fail pass fail pass pass",
	  "not-ready", 0 },
	/* The heart says no: no wait will do. */
	{ "time.healed=no", 29, 30, 4, NULL, "pass pass pass fail pass pass pass pass",
	  "not-ready", 0 },
	/* The calendar stands in for an unanswered time.recent... */
	{ "time.recent=", 29, 30, 4, NULL, "pass pass pass fail pass pass pass pass", "wait", 0 },
	{ "time.recent=", 40, 30, 4, NULL, "pass pass pass pass pass pass pass pass", "ready", 1 },
	/* ... but without one the check is unknown... */
	{ "time.recent=", -1, 30, 4, NULL, "pass pass pass unknown pass pass pass pass",
	  "not-ready", 0 },
	/* ... and an answer is not overruled by it. */
	{ "time.recent=yes", 40, 30, 4, NULL, "pass pass pass fail pass pass pass pass",
	  "not-ready", 0 },
	/* A veto (children, revenge) fails its check whatever the points. */
	{ "fixable.kids=yes", -1, 30, 4, NULL, "fail pass pass pass pass pass pass pass",
	  "not-ready", 0 },
	/* A group of alternatives fails only when every one is against. */
	{ "fixable.phase=no fixable.misread=no", -1, 30, 4, NULL,
	  "fail pass pass pass pass pass pass pass", "not-ready", 0 },
	{ "fixable.phase=no", -1, 30, 4, NULL, "pass pass pass pass pass pass pass pass", "ready", 1 },
	{ "compromise.listen=no", -1, 30, 4, NULL, "pass fail pass pass pass pass pass pass",
	  "not-ready", 0 },
	{ "motive.revenge=yes", -1, 30, 4, NULL, "pass pass fail pass pass pass pass pass",
	  "not-ready", 0 },
	/* Mutual is a required sign. */
	{ "mutual.both=no", -1, 30, 4, NULL, "pass pass pass pass pass fail pass pass",
	  "not-ready", 0 },
	/* Four signs of five are enough by default, not with --min-signs 5. */
	{ "miss.whole=no miss.others=no", -1, 30, 4, NULL,
	  "pass pass pass pass pass pass fail pass", "ready", 1 },
	{ "miss.whole=no miss.others=no", -1, 30, 5, NULL,
	  "pass pass pass pass pass pass fail pass", "not-ready", 0 },
	{ "miss.whole=no miss.others=no friends.support=no friends.oppose=yes", -1, 30, 4, NULL,
	  "pass pass pass pass pass pass fail fail", "not-ready", 0 },
	{ "miss.whole=no miss.others=no friends.support=no friends.oppose=yes", -1, 30, 3, NULL,
	  "pass pass pass pass pass pass fail fail", "ready", 1 },
	{ "friends.oppose=yes", -1, 30, 4, NULL, "pass pass pass pass pass pass pass fail",
	  "ready", 1 },
	{ "friends.support=no", -1, 30, 4, NULL, "pass pass pass pass pass pass pass pass",
	  "ready", 1 },
	{ "signfix.small=no signfix.try=no", -1, 30, 4, NULL,
	  "pass pass pass pass fail pass pass pass", "ready", 1 },
	/* A wait counts the calendar's sign as one to come. */
	{ "miss.whole=no miss.others=no", 29, 30, 4, NULL,
	  "pass pass pass fail pass pass fail pass", "wait", 0 },
	{ "miss.whole=no miss.others=no signfix.small=no signfix.try=no", 29, 30, 4, NULL,
	  "pass pass pass fail fail pass fail pass", "not-ready", 0 },
	/* Nothing answered: every check unknown, never assumed. */
	{ "*= fixable.kids=no", 10, 30, 0, NULL,
	  "unknown unknown unknown unknown unknown unknown unknown unknown", "not-ready", 0 },
};

/* The answer CHANGES gives ID, or ANSWER when it gives none. */
static const char *
changed(const char *changes, const char *id, const char *answer, char *buf, size_t n)
{
	const char *p = changes;
	size_t len = strlen(id);

	if (strncmp(changes, "*=", 2) == 0)
		answer = "";
	while ((p = strstr(p, id)) != NULL) {
		if ((p == changes || p[-1] == ' ') && p[len] == '=') {
			size_t v = strcspn(p + len + 1, " ");

			snprintf(buf, n, "%.*s", (int)v, p + len + 1);
			return buf;
		}
		p += len;
	}
	return answer;
}

static void
set_answers(const struct quiz *q, short *values, const char *changes)
{
	size_t i, k;
	char buf[32];

	for (i = 0; i < q->nitems; i++) {
		values[i] = QUIZ_NO_ANSWER;
		for (k = 0; k < sizeof all_good / sizeof all_good[0]; k++) {
			const char *a;
			int v;

			if (strcmp(all_good[k][0], q->items[i].id) != 0)
				continue;
			a = changed(changes, all_good[k][0], all_good[k][1], buf, sizeof buf);
			if (*a != '\0' && quiz_parse_answer(&q->items[i], a, &v) == 0)
				values[i] = (short)v;
		}
	}
}

int
main(void)
{
	const struct quiz *qualify = quiz_find("qualify"), *signs = quiz_find("signs");
	long today = date_from_ymd(2026, 10, 20);
	short qv[64], sv[64];
	size_t i, k;

	CHECK(qualify != NULL && signs != NULL);
	if (qualify == NULL || signs == NULL || qualify->nitems > 64 || signs->nitems > 64)
		return check_done("ready_test");
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct ready_case *c = &cases[i];
		struct ready_input in = { qualify, signs, qv, sv, c->days >= 0, c->days, c->min_days,
		    today, c->min_signs, c->his };
		struct ready_result res;
		char got[256] = "";
		int held = 0;

		set_answers(qualify, qv, c->changes);
		set_answers(signs, sv, c->changes);
		ready_decide(&in, &res);
		for (k = 0; k < res.n; k++) {
			if (k > 0)
				strcat(got, " ");
			strcat(got, check_status_name(res.checks[k].status));
			held += k >= 3 && res.checks[k].status == CHECK_PASS;
		}
		if (strcmp(got, c->checks) != 0 || strcmp(verdict_name(res.verdict), c->verdict) != 0)
			fprintf(stderr, "case %zu (%s):\n", i, c->changes);
		CHECK_STR(got, c->checks);
		CHECK_STR(verdict_name(res.verdict), c->verdict);
		CHECK(res.next_step == c->next_step);
		CHECK(res.signs_total == 5 && res.signs_held == held);
		/* A wait names the day the calendar will be enough. */
		if (res.verdict == VERDICT_WAIT)
			CHECK(res.ready_on == today + (c->min_days - c->days));
		/* A veto (children, revenge) is named. */
		CHECK((res.veto != NULL) == (strstr(c->changes, "fixable.kids=yes") != NULL ||
		    strstr(c->changes, "motive.revenge=yes") != NULL));
	}
	return check_done("ready_test");
}
