/* rk-ready's report: the checks, the verdict and the next step (report.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-ready/report.h"
#include "core/date.h"
#include "core/quiz.h"
#include "core/ready.h"
#include "core/text.h"
#include "io/csv_writer.h"
#include "io/out.h"

/* A check's title, or its name. */
static const char *
title_of(const struct ready_check *c)
{
	return c->cat->title[0] ? c->cat->title : c->cat->name;
}

/* What a requirement needs: "compromise.work", or for a group of
 * alternatives "fixable.phase or fixable.misread". */
static void
requirement_names(const struct ready_check *c, const struct quiz_item *it, char *buf,
    size_t n)
{
	const struct quiz *q = c->quiz;
	size_t i, used = 0, k = 0, count = 0;

	buf[0] = '\0';
	if (strcmp(it->require, "yes") == 0) {
		snprintf(buf, n, "%s", it->id);
		return;
	}
	for (i = 0; i < q->nitems; i++)
		count += q->items[i].cat == it->cat && strcmp(q->items[i].require,
		    it->require) == 0;
	for (i = 0; i < q->nitems && used < n; i++) {
		if (q->items[i].cat != it->cat || strcmp(q->items[i].require, it->require) != 0)
			continue;
		k++;
		used += (size_t)snprintf(buf + used, n - used, "%s%s",
		    k == 1 ? "" : k == count ? " or " : ", ", q->items[i].id);
	}
}

/* "45 days since 2026-10-01, 30 needed", then what the time answers add:
 * "; the answers agree: 3 of 3", ", but time.healed says not yet" or "; not
 * answered: time.healed" (the calendar's need left out when the answers
 * say not yet and it is met). */
static void
time_detail(const struct ready_input *in, const long *since, const struct ready_check *c,
    char *buf, size_t n)
{
	char s[32], m[32], day[11], need[32], req[200];
	size_t used;

	snprintf(need, sizeof need, ", %ld needed", in->min_days);
	if (since != NULL)
		date_format_iso(*since, day);
	used = (size_t)snprintf(buf, n, "%ld day%s%s%s%s", in->days, in->days == 1 ? "" : "s",
	    since != NULL ? " since " : "", since != NULL ? day : "",
	    c->against != NULL && !c->calendar_short ? "" : need);
	if (used >= n)
		return;
	if (c->against != NULL) {
		requirement_names(c, c->against, req, sizeof req);
		snprintf(buf + used, n - used, "%s %s says not yet",
		    c->calendar_short ? ", and" : ", but", req);
	} else if (c->missing != NULL) {
		requirement_names(c, c->missing, req, sizeof req);
		snprintf(buf + used, n - used, "; not answered: %s", req);
	} else if (c->res.answered > 0)
		snprintf(buf + used, n - used, "; the answers agree: %s of %s",
		    quiz_format_points(c->res.score, s, sizeof s),
		    quiz_format_points(c->res.max, m, sizeof m));
}

/* The detail of a check: what holds, what is missing, in plain words. */
static const char *
check_detail(const struct ready_input *in, const long *since, const struct ready_check *c,
    char *buf, size_t n)
{
	char s[32], m[32], req[200];

	if (c->veto != NULL) {
		snprintf(buf, n, "%s", c->veto->veto);
	} else if (c->by_calendar) {
		time_detail(in, since, c, buf, n);
	} else if (c->against != NULL) {
		requirement_names(c, c->against, req, sizeof req);
		snprintf(buf, n, strcmp(c->against->require, "yes") == 0 ?
		    "%s: %s must hold, and does not" : "%s: %s: one must hold, and none does",
		    title_of(c), req);
	} else if (c->missing != NULL) {
		requirement_names(c, c->missing, req, sizeof req);
		snprintf(buf, n, "%s: not answered: %s", title_of(c), req);
	} else if (c->status == CHECK_UNKNOWN) {
		snprintf(buf, n, "%s: not answered", title_of(c));
	} else {
		snprintf(buf, n, "%s: %s of %s%s%s", title_of(c),
		    quiz_format_points(c->res.score, s, sizeof s),
		    quiz_format_points(c->res.max, m, sizeof m),
		    c->counted_against != NULL ? "; against it: " : "",
		    c->counted_against != NULL ? c->counted_against->id : "");
	}
	return buf;
}

/* The names of the checks with status ST, as "fixable, motive". */
static void
list_names(const struct ready_result *res, enum check_status st, char *buf, size_t n)
{
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < res->n && used < n; i++) {
		const struct ready_check *c = &res->checks[i];
		size_t j;
		int twice = 0;

		if (c->status != st)
			continue;
		/* "fixable" is both a question and a sign: say which. */
		for (j = 0; j < res->n; j++)
			twice |= j != i && strcmp(res->checks[j].cat->name, c->cat->name) == 0;
		used += (size_t)snprintf(buf + used, n - used, "%s%s%s", used ? ", " : "",
		    c->cat->name, !twice ? "" : c->quiz == res->checks[0].quiz ?
		    " (question)" : " (sign)");
	}
}

/* Why the verdict is what it is, as the detail of the CSV verdict row. */
static const char *
verdict_detail(const struct ready_input *in, const struct ready_result *res, char *buf,
    size_t n)
{
	char fail[256], unknown[256], day[11];
	size_t used;

	switch (res->verdict) {
	case VERDICT_READY:
		snprintf(buf, n, "the three questions pass and %d of %d signs hold",
		    res->signs_held, res->signs_total);
		break;
	case VERDICT_WAIT:
		if (res->ready_on > date_from_ymd(DATE_MAX_YEAR, 12, 31)) {
			snprintf(buf, n, "ready in %ld days, after %d-12-31",
			    res->ready_on - in->today, DATE_MAX_YEAR);
			break;
		}
		date_format_iso(res->ready_on, day);
		snprintf(buf, n, "ready on %s, when %ld days have passed", day, in->min_days);
		break;
	default:
		if (res->veto != NULL) {
			snprintf(buf, n, "%s (%s)", res->veto->veto, res->veto->id);
			break;
		}
		list_names(res, CHECK_FAIL, fail, sizeof fail);
		list_names(res, CHECK_UNKNOWN, unknown, sizeof unknown);
		used = 0;
		buf[0] = '\0';
		if (fail[0])
			used += (size_t)snprintf(buf, n, "not holding: %s", fail);
		if (unknown[0] && used < n)
			used += (size_t)snprintf(buf + used, n - used, "%snot answered: %s",
			    used ? "; " : "", unknown);
		if (res->signs_held < in->min_signs && used < n)
			snprintf(buf + used, n - used, "%sonly %d of %d signs hold, %ld needed",
			    used ? "; " : "", res->signs_held, res->signs_total, (long)in->min_signs);
	}
	return buf;
}

/* The next step: the article's steps in order, never skipping one. */
static const char *
next_sentence(const struct ready_input *in, const struct ready_result *res, char *buf,
    size_t n)
{
	const char *his = in->his_outcome;
	char fail[256], unknown[256], day[11];
	size_t used = 0;

	switch (res->verdict) {
	case VERDICT_READY:
		if (res->next_step == 7) {
			snprintf(buf, n, "His signs are clear: ask him on a date, but do not "
			    "commit yet; talk through what did not fit.");
			break;
		}
		snprintf(buf, n, "%s Begin the steps: keep the plan to yourself, do not "
		    "start contact, be his friend, and watch for clear signs.",
		    his == NULL ? "His signs are not known yet." :
		    strcmp(his, "none") == 0 ? "He has shown no signs yet." :
		    "His signs are weak so far.");
		break;
	case VERDICT_WAIT:
		date_format_iso(res->ready_on, day);
		snprintf(buf, n, "Until %s, keep the plan to yourself and do not start "
		    "contact; then ask again.", res->ready_on >
		    date_from_ymd(DATE_MAX_YEAR, 12, 31) ? "a day after 9999-12-31" : day);
		break;
	default:
		if (res->veto != NULL) {
			snprintf(buf, n, "Do not start the steps: this would come back the "
			    "second time around.");
			break;
		}
		list_names(res, CHECK_FAIL, fail, sizeof fail);
		list_names(res, CHECK_UNKNOWN, unknown, sizeof unknown);
		buf[0] = '\0';
		if (fail[0])
			used += (size_t)snprintf(buf, n, "Work on what does not hold yet (%s)",
			    fail);
		if (unknown[0] && used < n)
			used += (size_t)snprintf(buf + used, n - used, "%s answer what is not "
			    "known (%s)", used ? ", and" : "First", unknown);
		if (used == 0)
			used += (size_t)snprintf(buf, n, "Work on the signs that do not hold");
		if (used < n)
			snprintf(buf + used, n - used, " before you begin the steps.");
	}
	return buf;
}

/* The checks, the next step and the verdict as rows check,status,detail.
 * SINCE is the day of the break-up given with --since, or NULL. */
void
ready_report_csv(const struct ready_input *in, const long *since,
    const struct ready_result *res, enum out_format format)
{
	struct csv_writer w;
	char buf[512], step[8];
	size_t i;

	csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
	if (format == OUT_JSON)
		csv_writer_json(&w, 1);
	csv_write_row(&w, "check", "status", "detail", NULL);
	for (i = 0; i < res->n; i++) {
		const struct ready_check *c = &res->checks[i];

		csv_write_row(&w, c->cat->name, check_status_name(c->status),
		    check_detail(in, since, c, buf, sizeof buf), NULL);
	}
	snprintf(step, sizeof step, "%d", res->next_step);
	csv_write_row(&w, "next", res->next_step ? step : "",
	    next_sentence(in, res, buf, sizeof buf), NULL);
	csv_write_row(&w, "verdict", verdict_name(res->verdict),
	    verdict_detail(in, res, buf, sizeof buf), NULL);
	csv_writer_free(&w);
}

/* S wrapped to the terminal's width. */
static void
wrap_print(const char *s)
{
	size_t off, len, used, s_len = strlen(s);

	while ((used = wrap_next(s, s_len, (size_t)out_term_width(), &off, &len)) > 0) {
		printf("%.*s\n", (int)len, s + off);
		s += used;
		s_len -= used;
	}
}

/* The checks as a checklist, then the verdict and the next step as
 * sentences wrapped to the terminal. */
void
ready_report_text(const struct ready_input *in, const long *since,
    const struct ready_result *res)
{
	static const char *const mark[] = { "[x]", "[ ]", "[?]" };
	static const char *const paint[] = { "\033[32m", "\033[31m", "\033[33m" };
	int color = out_color();
	char buf[512], why[400], day[11];
	size_t i, used;

	for (i = 0; i < res->n; i++) {
		const struct ready_check *c = &res->checks[i];

		const char *d = check_detail(in, since, c, buf, sizeof buf);
		size_t width = (size_t)out_term_width(), n = strlen(d), off, len, hang;
		int first;

		/* A detail too long for the line wraps under itself, or on the
		 * next lines four columns in when that leaves it too little room. */
		hang = width >= 16 + 20 || 16 + text_width(d, n) <= width ? 16 : 4;
		printf("%s%s%s %-*s", color ? paint[c->status] : "", mark[c->status],
		    color ? "\033[0m" : "", hang == 16 ? 12 : 0, c->cat->name);
		if (16 + text_width(d, n) <= width || n == 0) {
			printf("%s\n", d);
			continue;
		}
		first = hang == 16;
		if (!first)
			putchar('\n');
		while ((used = wrap_next(d, n, width > hang + 1 ? width - hang : 1, &off,
		    &len)) > 0) {
			printf("%*s%.*s\n", first ? 0 : (int)hang, "", (int)len, d + off);
			d += used;
			n -= used;
			first = 0;
		}
	}
	putchar('\n');
	switch (res->verdict) {
	case VERDICT_READY:
		snprintf(buf, sizeof buf, "Ready: the three questions pass and %d of %d signs "
		    "hold, both required ones among them.",
		    res->signs_held, res->signs_total);
		break;
	case VERDICT_WAIT:
		if (res->ready_on > date_from_ymd(DATE_MAX_YEAR, 12, 31)) {
			snprintf(buf, sizeof buf, "Wait: everything else is in place, but give "
			    "it time. You will be ready in %ld days, after %d-12-31.",
			    res->ready_on - in->today, DATE_MAX_YEAR);
			break;
		}
		date_format_iso(res->ready_on, day);
		snprintf(buf, sizeof buf, "Wait: everything else is in place, but give it time. "
		    "You will be ready on %s, in %ld day%s.", day, res->ready_on - in->today,
		    res->ready_on - in->today == 1 ? "" : "s");
		break;
	default:
		if (res->veto != NULL) {
			snprintf(buf, sizeof buf, "Not ready: %s", res->veto->veto);
			break;
		}
		verdict_detail(in, res, why, sizeof why);
		why[0] = (char)(why[0] == 'n' ? 'N' : why[0] == 'o' ? 'O' : why[0]);
		snprintf(buf, sizeof buf, "Not ready. %s.", why);
	}
	wrap_print(buf);
	snprintf(why, sizeof why, "Next%s%s: ", res->next_step ? ", step " : "",
	    res->next_step == 7 ? "7" : res->next_step == 1 ? "1" : "");
	used = strlen(why);
	next_sentence(in, res, why + used, sizeof why - used);
	wrap_print(why);
}
