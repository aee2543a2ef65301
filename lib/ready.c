/* ready: checks, vetoes and the verdict. */
#include <string.h>

#include "lib/ready.h"

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

static void
add_checks(struct ready_result *out, const struct quiz *q, const short *values)
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
		if (c->res.answered == 0)
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
	struct ready_check *time = NULL;
	int qualify_ok = 1, others_ok, calendar_short = 0;
	size_t i;

	memset(out, 0, sizeof *out);
	add_checks(out, in->qualify, in->qualify_values);
	add_checks(out, in->signs, in->signs_values);

	for (i = 0; i < out->n; i++) {
		struct ready_check *c = &out->checks[i];

		if (c->quiz == in->qualify) {
			qualify_ok &= c->status == CHECK_PASS;
			continue;
		}
		if (strcmp(c->cat->name, "time") == 0) {
			time = c;
			if (in->have_days) {
				/* The calendar and the answers must both say
				 * yes; unanswered, the calendar decides alone.
				 * Only a short calendar can be waited out. */
				c->by_calendar = 1;
				c->calendar_short = in->days < in->min_days;
				if (c->status != CHECK_FAIL) {
					calendar_short = c->calendar_short;
					c->status = c->calendar_short ? CHECK_FAIL : CHECK_PASS;
				}
			}
		}
		out->signs_total++;
		out->signs_held += c->status == CHECK_PASS;
	}

	if (out->veto != NULL) {
		out->verdict = VERDICT_NOT_READY;
		return;
	}
	others_ok = qualify_ok && out->signs_held + calendar_short >= in->min_signs;
	if (others_ok && time != NULL && time->status == CHECK_PASS &&
	    out->signs_held >= in->min_signs)
		out->verdict = VERDICT_READY;
	else if (others_ok && calendar_short) {
		out->verdict = VERDICT_WAIT;
		out->ready_on = in->today + (in->min_days - in->days);
	} else
		out->verdict = VERDICT_NOT_READY;
}
