/* rk-quiz's output: the scores, the list of quizzes (-l), the questionnaire
 * (--questions --format=text). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-quiz/report.h"
#include "core/quiz.h"
#include "core/text.h"
#include "io/csv_writer.h"
#include "io/out.h"
#include "util/err.h"

#define BAR 20

static const char bold_on[] = "\033[1m", green_on[] = "\033[32m", attr_off[] = "\033[0m";

/* A quiz with a category advised low (a check that holds when it scores)
 * says so in an advise column, for rk-tip --for. */
static int
advises_low(const struct quiz *q)
{
	size_t i;

	for (i = 0; i < q->ncats; i++)
		if (q->cats[i].advise == QUIZ_ADVISE_LOW)
			return 1;
	return 0;
}

void
quiz_report_begin(struct quiz_report *r)
{
	r->res = xcalloc(r->q->ncats, sizeof *r->res);
	r->count = 0;
	r->advise = advises_low(r->q);
	if (r->format == OUT_TEXT)
		return;
	csv_writer_init(&r->w, r->fp, r->format == OUT_TSV ? '\t' : ',');
	if (r->format == OUT_JSON)
		csv_writer_json(&r->w, 1);
	if (r->named)
		csv_write_str(&r->w, "respondent");
	csv_write_row(&r->w, "category", "score", "max", "percent", "answered", "total",
	    r->advise ? "advise" : r->q->noutcomes > 0 ? "outcome" : NULL,
	    r->advise && r->q->noutcomes > 0 ? "outcome" : NULL, NULL);
}

static size_t
shown(const struct quiz_report *r)
{
	return r->top > 0 && r->top < r->q->ncats ? r->top : r->q->ncats;
}

/* One row.  The numbers need no quotes, and are written without printf: a
 * report of many respondents is mostly these rows.  ADVISE and OUTCOME are
 * NULL for a quiz without such a column. */
static void
write_row(struct quiz_report *r, const char *respondent, const char *name,
    const struct quiz_result *res, const char *advise, const char *outcome)
{
	char num[32];

	if (r->named)
		csv_write_str(&r->w, respondent);
	csv_write_str(&r->w, name);
	quiz_format_points(res->score, num, sizeof num);
	csv_write_plain(&r->w, num, strlen(num));
	quiz_format_points(res->max, num, sizeof num);
	csv_write_plain(&r->w, num, strlen(num));
	quiz_format_percent(res->pct10, num, sizeof num);
	csv_write_plain(&r->w, num, strlen(num));
	csv_write_long(&r->w, (long)res->answered);
	csv_write_long(&r->w, (long)res->total);
	if (advise != NULL)
		csv_write_str(&r->w, advise);
	if (outcome != NULL)
		csv_write_str(&r->w, outcome);
	csv_write_end(&r->w);
}

/* The categories, then, for a quiz with outcomes, a "total" row that names
 * the outcome in the last column (empty on the category rows). */
static void
write_rows(struct quiz_report *r, const char *respondent)
{
	const struct quiz_outcome *o;
	struct quiz_result total;
	size_t i;

	for (i = 0; i < shown(r); i++) {
		const struct quiz_category *c = &r->q->cats[r->res[i].cat];

		write_row(r, respondent, c->name, &r->res[i],
		    r->advise ? QUIZ_ADVISE_NAME(c->advise) : NULL,
		    r->q->noutcomes > 0 ? "" : NULL);
	}
	if (r->q->noutcomes == 0)
		return;
	quiz_total(r->res, r->q->ncats, &total);
	o = quiz_outcome_of(r->q, &total);
	write_row(r, respondent, QUIZ_TOTAL, &total, r->advise ? "" : NULL,
	    o != NULL ? o->name : "");
}

static void
pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		putc(' ', fp);
}

static void
print_wrapped(FILE *fp, const char *lead, const char *s, size_t width)
{
	size_t n = strlen(s), off, len, used, indent = strlen(lead);

	fputs(lead, fp);
	while ((used = wrap_next(s, n, width - indent, &off, &len)) > 0) {
		fprintf(fp, "%.*s\n", (int)len, s + off);
		s += used;
		n -= used;
		indent = 0;
	}
}

/* S wrapped to WIDTH, every line INDENT blanks in. */
static void
print_indented(FILE *fp, size_t indent, const char *s, size_t width)
{
	size_t n = strlen(s), off, len, used;

	while ((used = wrap_next(s, n, width > indent ? width - indent : 1, &off, &len)) > 0) {
		fprintf(fp, "%*s%.*s\n", (int)indent, "", (int)len, s + off);
		s += used;
		n -= used;
	}
}

/* The strings up to a NULL as one paragraph, wrapped: any of them may be
 * longer than a line. */
static void
print_joined(FILE *fp, size_t width, ...)
{
	va_list ap;
	const char *p;
	size_t n = 1;
	char *s;

	va_start(ap, width);
	while ((p = va_arg(ap, const char *)) != NULL)
		n += strlen(p);
	va_end(ap);
	s = xmalloc(n);
	*s = '\0';
	va_start(ap, width);
	while ((p = va_arg(ap, const char *)) != NULL)
		strcat(s, p);
	va_end(ap);
	print_wrapped(fp, "", s, width);
	free(s);
}

/* The closing paragraph of the why quiz: the reason that scored highest,
 * or every one of those that tie for it. */
static void
explain(struct quiz_report *r)
{
	const struct quiz_result *top = &r->res[0];
	const struct quiz_category *c = &r->q->cats[top->cat];
	size_t width = r->width < 20 ? 20 : r->width, ntie, i, len, size;
	char pct[16], *names;

	putc('\n', r->fp);
	if (top->pct10 <= 0) {
		print_wrapped(r->fp, "", "No reason stands out: none of them shows in these "
		    "answers.", width);
		return;
	}
	quiz_format_percent(top->pct10, pct, sizeof pct);
	for (ntie = 1; ntie < r->q->ncats && r->res[ntie].pct10 == top->pct10; ntie++)
		;
	if (ntie == 1) {
		names = xmalloc(strlen(c->title) + 64);
		sprintf(names, "Most likely reason: %s (%s%%)", c->title, pct);
		fputs(r->color ? bold_on : "", r->fp);
		if (text_width(names, strlen(names)) <= width)
			fprintf(r->fp, "%s%s\n", names, r->color ? attr_off : "");
		else {
			print_wrapped(r->fp, "", names, width);
			fputs(r->color ? attr_off : "", r->fp);
		}
		free(names);
		print_wrapped(r->fp, "", c->summary, width);
		print_wrapped(r->fp, "What to work on: ", c->advice, width);
		return;
	}
	/* "Most likely reasons: A, B and C (50.0% each)" */
	for (size = 64, i = 0; i < ntie; i++)
		size += strlen(r->q->cats[r->res[i].cat].title) + sizeof " and ";
	names = xmalloc(size);
	len = (size_t)snprintf(names, size, "Most likely reasons: ");
	for (i = 0; i < ntie; i++)
		len += (size_t)snprintf(names + len, size - len, "%s%s", i == 0 ? "" :
		    i + 1 < ntie ? ", " : " and ", r->q->cats[r->res[i].cat].title);
	snprintf(names + len, size - len, " (%s%% each)", pct);
	fputs(r->color ? bold_on : "", r->fp);
	print_wrapped(r->fp, "", names, width);
	fputs(r->color ? attr_off : "", r->fp);
	free(names);
	for (i = 0; i < ntie; i++) {
		c = &r->q->cats[r->res[i].cat];
		putc('\n', r->fp);
		print_joined(r->fp, width, c->title, ": ", c->summary, (char *)NULL);
		print_wrapped(r->fp, "What to work on: ", c->advice, width);
	}
}

/* An answer against an item with a veto rules trying again out, whatever
 * the rest scores (rk-ready(1) fails its check): say so, for each. */
static void
vetoes(struct quiz_report *r, const short *values)
{
	size_t i, width = r->width < 20 ? 20 : r->width;

	for (i = 0; i < r->q->nitems; i++) {
		const struct quiz_item *it = &r->q->items[i];

		if (it->veto[0] == '\0' || values[i] == QUIZ_NO_ANSWER ||
		    quiz_item_points(it, values[i]) != 0)
			continue;
		putc('\n', r->fp);
		print_joined(r->fp, width, "Your answer to ", it->id, " rules out trying again, "
		    "whatever the rest scores. ", it->veto, (char *)NULL);
	}
}

/* The sentence a quiz with outcomes ends on: what its answers add up to. */
static void
conclude(struct quiz_report *r)
{
	const struct quiz_outcome *o;
	struct quiz_result total;

	quiz_total(r->res, r->q->ncats, &total);
	if ((o = quiz_outcome_of(r->q, &total)) == NULL)
		return;
	putc('\n', r->fp);
	print_wrapped(r->fp, "", o->text, r->width < 20 ? 20 : r->width);
}

/* What a category scored, in words: "10 of 11 points, 5 of 5 answered". */
static void
detail(const struct quiz_result *res, char *buf, size_t n)
{
	char score[32], max[32];

	if (res->answered == 0)
		snprintf(buf, n, "not answered (0 of %zu)", res->total);
	else
		snprintf(buf, n, "%s of %s points, %zu of %zu answered",
		    quiz_format_points(res->score, score, sizeof score),
		    quiz_format_points(res->max, max, sizeof max), res->answered,
		    res->total);
}

static void
write_table(struct quiz_report *r, const char *respondent, const short *values)
{
	size_t i, j, cw = 0, dw = 0, n = shown(r), below = 0, indent;
	char pct[16], what[128];

	if (r->count > 0)
		putc('\n', r->fp);
	if (r->named)
		fprintf(r->fp, "%s%s%s\n", r->color ? bold_on : "",
		    *respondent != '\0' ? respondent : "(no respondent)", r->color ? attr_off : "");
	for (i = 0; i < r->q->ncats; i++) {
		const char *name = r->q->cats[i].name;
		size_t w = text_width(name, strlen(name));

		if (w > cw)
			cw = w;
	}
	/* When the words after a bar do not fit beside it, they go under it,
	 * for every row: under the percentages if they fit there, else two
	 * columns in. */
	for (i = 0; i < n; i++) {
		detail(&r->res[i], what, sizeof what);
		if (strlen(what) > dw)
			dw = strlen(what);
	}
	below = cw + 2 + 6 + 2 + BAR + 2 + dw > r->width;
	indent = cw + 2 + dw <= r->width ? cw + 2 : 2;
	for (i = 0; i < n; i++) {
		const struct quiz_result *res = &r->res[i];
		const char *name = r->q->cats[res->cat].name;
		size_t fill = res->pct10 < 0 ? 0 : ((size_t)res->pct10 * BAR + 500) / 1000;

		fputs(name, r->fp);
		pad(r->fp, cw - text_width(name, strlen(name)));
		if (res->pct10 < 0)
			fprintf(r->fp, "  %6s  ", "-");
		else
			fprintf(r->fp, "  %5s%%  ", quiz_format_percent(res->pct10, pct, sizeof pct));
		fputs(r->color && fill > 0 ? green_on : "", r->fp);
		for (j = 0; j < BAR; j++) {
			if (j == fill && r->color && fill > 0)
				fputs(attr_off, r->fp);
			putc(j < fill ? '#' : '.', r->fp);
		}
		if (r->color && fill == BAR)
			fputs(attr_off, r->fp);
		detail(res, what, sizeof what);
		if (below) {
			putc('\n', r->fp);
			print_indented(r->fp, indent, what, r->width);
		} else
			fprintf(r->fp, "  %s\n", what);
	}
	vetoes(r, values);
	if (r->explain)
		explain(r);
	if (r->q->noutcomes > 0)
		conclude(r);
}

void
quiz_report_write(struct quiz_report *r, const char *respondent, const short *values)
{
	quiz_score(r->q, values, r->res);
	if (r->format == OUT_TEXT)
		write_table(r, respondent, values);
	else
		write_rows(r, respondent);
	r->count++;
	if (r->fp == stdout)
		out_check();
}

void
quiz_report_end(struct quiz_report *r)
{
	free(r->res);
	r->res = NULL;
	if (r->format != OUT_TEXT)
		csv_writer_free(&r->w);
}

void
quiz_list_write(enum out_format format)
{
	struct csv_writer w;
	size_t i, nw = 0, tw = 0, lead, width = (size_t)out_term_width();

	if (format == OUT_TEXT) {
		for (i = 0; i < builtin_nquizzes; i++) {
			if (strlen(builtin_quizzes[i].name) > nw)
				nw = strlen(builtin_quizzes[i].name);
			if (strlen(builtin_quizzes[i].title) > tw)
				tw = strlen(builtin_quizzes[i].title);
		}
		/* "why        23 questions  5 categories  " and the title, or
		 * the title under it, wrapped, when the width has no room. */
		lead = nw + 2 + 13 + 2 + 12 + 2;
		for (i = 0; i < builtin_nquizzes; i++) {
			const struct quiz *q = &builtin_quizzes[i];

			if (lead + tw <= width) {
				printf("%-*s  %2zu questions  %zu categories  %s\n", (int)nw,
				    q->name, q->nitems, q->ncats, q->title);
				continue;
			}
			printf("%-*s  %2zu questions  %zu categories\n", (int)nw, q->name,
			    q->nitems, q->ncats);
			print_indented(stdout, nw + 2, q->title, width);
		}
		return;
	}
	csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
	if (format == OUT_JSON)
		csv_writer_json(&w, 1);
	csv_write_row(&w, "quiz", "title", "questions", "categories", NULL);
	for (i = 0; i < builtin_nquizzes; i++) {
		const struct quiz *q = &builtin_quizzes[i];

		csv_write_str(&w, q->name);
		csv_write_str(&w, q->title);
		csv_write_long(&w, (long)q->nitems);
		csv_write_long(&w, (long)q->ncats);
		csv_write_end(&w);
	}
	csv_writer_free(&w);
}

/* The answers IT takes, in words: "yes or no", "0 to 4". */
static const char *
quiz_sheet_answers(const struct quiz_item *it, char *buf, size_t n)
{
	const char *bar = strchr(it->labels, '|');

	if (it->yesno)
		snprintf(buf, n, "yes or no");
	else if (bar == NULL)
		snprintf(buf, n, "%d to %d", it->min, it->max);
	else    /* the labels column: "0 (never) to 4 (always)" */
		snprintf(buf, n, "%d (%.*s) to %d (%s)", it->min, (int)(bar - it->labels),
		    it->labels, it->max, bar + 1);
	return buf;
}

void
quiz_sheet_write(FILE *fp, const struct quiz *q, size_t width)
{
	char ans[256], num[16];
	size_t i, indent, n, off, len, used;
	const char *s;

	fprintf(fp, "%s\n", *q->title != '\0' ? q->title : q->name);
	/* The numbers line up: " 9." and "10." take the same room. */
	indent = (size_t)snprintf(num, sizeof num, "%zu. ", q->nitems);
	if (width < indent + 20)
		width = indent + 20;
	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];

		fprintf(fp, "\n%*zu. ", (int)indent - 2, i + 1);
		s = it->text;
		n = strlen(s);
		for (int first = 1; (used = wrap_next(s, n, width - indent, &off, &len)) > 0;
		    first = 0) {
			fprintf(fp, "%*s%.*s\n", first ? 0 : (int)indent, "", (int)len, s + off);
			s += used;
			n -= used;
		}
		{
			char line[sizeof ans + 128];

			snprintf(line, sizeof line, "%s: %s", it->id,
			    quiz_sheet_answers(it, ans, sizeof ans));
			print_indented(fp, indent, line, width);
		}
	}
}
