/* ready: checks, requirements, vetoes, the verdict and the next step. */
#include <string.h>

#include "core/ready.h"

const char *
check_status_name(enum check_status s)
{
	return s == CHECK_PASS ? "pass" : s == CHECK_FAIL ? "fail" : "unknown";
}

const char *
verdict_name(enum verdict v)
{
	return v == VERDICT_READY ? "ready" : v == VERDICT_WAIT ? "wait" : "not-ready";
}

/* Whether answer VALUE holds item IT: more than half its points. */
static int
ready_item_holds(const struct quiz_item *it, int value)
{
	return quiz_item_points(it, value) * 2 > quiz_item_max(it);
}

/* An answer that counts wholly against an item with a veto rules out
 * trying again, whatever else holds. */
static const struct quiz_item *
find_veto(const struct quiz *q, const short *values, size_t cat)
{
	size_t i;

	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];

		if (it->cat == cat && it->veto[0] != '\0' && values[i] != QUIZ_NO_ANSWER &&
		    quiz_item_points(it, values[i]) == 0)
			return it;
	}
	return NULL;
}

/* The requirements of category CAT (rekindle-files(5), "require"): sets
 * C's status, against and missing, and returns 0; -1 when it has none.  A
 * failed requirement counts before an unanswered one, in quiz order.  Item
 * SKIP, unanswered, counts as held: the calendar answers it. */
static int
requirements(const struct quiz *q, const short *values, size_t cat, size_t skip,
    struct ready_check *c)
{
	size_t i, j;
	int any = 0;

	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];
		int held = 0, open = 0;

		if (it->cat != cat || it->require[0] == '\0')
			continue;
		any = 1;
		if (strcmp(it->require, "yes") == 0) {
			if (values[i] == QUIZ_NO_ANSWER)
				open = i != skip, held = i == skip;
			else
				held = ready_item_holds(it, values[i]);
		} else {
			/* A group: decide it at its first item. */
			for (j = 0; j < i; j++)
				if (q->items[j].cat == cat &&
				    strcmp(q->items[j].require, it->require) == 0)
					break;
			if (j < i)
				continue;
			for (j = i; j < q->nitems; j++) {
				if (q->items[j].cat != cat ||
				    strcmp(q->items[j].require, it->require) != 0)
					continue;
				if (values[j] == QUIZ_NO_ANSWER)
					open = 1;
				else
					held |= ready_item_holds(&q->items[j], values[j]);
			}
		}
		if (!held && !open && c->against == NULL)
			c->against = it;
		if (!held && open && c->missing == NULL)
			c->missing = it;
	}
	if (!any)
		return -1;
	c->status = c->against != NULL ? CHECK_FAIL : c->missing != NULL ? CHECK_UNKNOWN :
	    CHECK_PASS;
	if (c->against != NULL)
		c->missing = NULL;
	/* A plain item against a check that holds is named in its detail. */
	for (i = 0; i < q->nitems && c->status == CHECK_PASS; i++)
		if (q->items[i].cat == cat && q->items[i].require[0] == '\0' &&
		    values[i] != QUIZ_NO_ANSWER && !ready_item_holds(&q->items[i], values[i])) {
			c->counted_against = &q->items[i];
			break;
		}
	return 0;
}

static void
add_checks(struct ready_result *out, const struct quiz *q, const short *values, size_t skip)
{
	struct quiz_result res[READY_MAX_CHECKS];
	size_t i, j;

	quiz_score(q, values, res);
	/* quiz_score sorts by percent; checks keep the quiz's order. */
	for (i = 0; i < q->ncats && out->n < READY_MAX_CHECKS; i++) {
		struct ready_check *c = &out->checks[out->n++];

		memset(c, 0, sizeof *c);
		c->quiz = q;
		c->cat = &q->cats[i];
		for (j = 0; j < q->ncats; j++)
			if (res[j].cat == i)
				c->res = res[j];
		if (requirements(q, values, i, skip, c) == 0)
			;
		else if (c->res.answered == 0)
			c->status = CHECK_UNKNOWN;
		else
			c->status = c->res.score * 2 > c->res.max ? CHECK_PASS : CHECK_FAIL;
		if ((c->veto = find_veto(q, values, i)) != NULL) {
			c->status = CHECK_FAIL;
			if (out->veto == NULL)
				out->veto = c->veto;
		}
	}
}

void
ready_decide(const struct ready_input *in, struct ready_result *out)
{
	const struct quiz *sq = in->signs;
	size_t skip = (size_t)-1;
	struct ready_check *time = NULL, *mutual = NULL;
	int qualify_ok = 1, calendar_only;
	size_t i;

	memset(out, 0, sizeof *out);
	add_checks(out, in->qualify, in->qualify_values, skip);
	/* With a date the calendar says whether the break-up was recent: an
	 * unanswered time.recent leaves it to the calendar. */
	for (i = 0; i < sq->nitems && in->have_days; i++)
		if (strcmp(sq->items[i].id, "time.recent") == 0)
			skip = i;
	add_checks(out, sq, in->signs_values, skip);

	for (i = 0; i < out->n; i++) {
		struct ready_check *c = &out->checks[i];

		if (c->quiz == in->qualify) {
			qualify_ok &= c->status == CHECK_PASS;
			continue;
		}
		if (strcmp(c->cat->name, "mutual") == 0)
			mutual = c;
		if (strcmp(c->cat->name, "time") == 0) {
			time = c;
			if (in->have_days) {
				/* The calendar and the heart must both say yes;
				 * only a short calendar can be waited out. */
				c->by_calendar = 1;
				c->calendar_short = in->days < in->min_days;
				if (c->status == CHECK_PASS && c->calendar_short)
					c->status = CHECK_FAIL;
			}
		}
		out->signs_total++;
		out->signs_held += c->status == CHECK_PASS;
	}

	calendar_only = time != NULL && time->calendar_short && time->against == NULL &&
	    time->missing == NULL && time->veto == NULL;
	if (out->veto != NULL)
		out->verdict = VERDICT_NOT_READY;
	else if (qualify_ok && time != NULL && time->status == CHECK_PASS &&
	    mutual != NULL && mutual->status == CHECK_PASS &&
	    out->signs_held >= in->min_signs)
		out->verdict = VERDICT_READY;
	else if (qualify_ok && calendar_only && mutual != NULL &&
	    mutual->status == CHECK_PASS && out->signs_held + 1 >= in->min_signs) {
		out->verdict = VERDICT_WAIT;
		out->ready_on = in->today + (in->min_days - in->days);
	} else
		out->verdict = VERDICT_NOT_READY;
	if (out->verdict == VERDICT_READY)
		out->next_step = in->his_outcome != NULL &&
		    strcmp(in->his_outcome, "strong") == 0 ? 7 : 1;
}
