/* rk-since: count the days since a date, or since the dates in a CSV column. */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/dateparse.h"
#include "core/error.h"
#include "core/since.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/out.h"
#include "io/table.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/settings.h"

enum pick { PICK_ALL, PICK_LAST, PICK_FIRST };

/* What the options ask for. */
struct since {
	const char *column;             /* -c: filter mode; NULL: DATE operands */
	const char *as_name;            /* --as */
	enum pick pick;                 /* --last, --first or neither */
	int weeks, streaks;             /* --weeks, --streaks */
	int has_milestones;             /* -m */
	int next;                       /* --next */
	struct milestones milestones;
	struct csv_wheres wheres;       /* --where */
	enum out_format format;         /* --format */
	struct csv_dialect dialect;     /* -d, -t, --no-header */
	struct datearg da;              /* -i, and the day counted to */
	long *where_day;                /* --where on the -c column: its date, or NULL */
	const char *label;              /* what a date from the settings is */
};

/* Filter mode's output, and what it carries from row to row and from one
 * input to the next. */
struct filter {
	struct since *o;
	enum out_format format;         /* the format in force */
	struct csv_writer w;            /* CSV or TSV */
	struct table *tab;              /* text: a table, or NULL */
	const char **cells;             /* a table row: the fields and the count */
	size_t *cell_len, cell_cap;
	/* The first input's header, with the name of that input, and the best
	 * row of --last or --first, with its date. */
	struct csv_saved header, best;
	char *header_name;
	char *col_name;                 /* the -c column, as its header names it */
	long best_date;
	int have_header, header_written, have_best;
	size_t width;                   /* fields per row, from the first input */
	struct streaks kept;            /* --streaks: the dates of the kept rows */
	size_t printed;                 /* counts or rows written */
};

enum {
	OPT_AS = 256, OPT_WHERE, OPT_LAST, OPT_FIRST, OPT_STREAKS, OPT_WEEKS,
	OPT_NO_HEADER, OPT_FORMAT, OPT_TODAY, OPT_NEXT, OPT_MILESTONES
};

static const struct option longopts[] = {
	{ "column",       required_argument, NULL, 'c' },
	{ "as",           required_argument, NULL, OPT_AS },
	{ "where",        required_argument, NULL, OPT_WHERE },
	{ "last",         no_argument,       NULL, OPT_LAST },
	{ "first",        no_argument,       NULL, OPT_FIRST },
	{ "streaks",      no_argument,       NULL, OPT_STREAKS },
	{ "milestones",   optional_argument, NULL, OPT_MILESTONES },
	{ "next",         no_argument,       NULL, OPT_NEXT },
	{ "weeks",        no_argument,       NULL, OPT_WEEKS },
	{ "input-format", required_argument, NULL, 'i' },
	{ "no-header",    no_argument,       NULL, OPT_NO_HEADER },
	{ "delimiter",    required_argument, NULL, 'd' },
	{ "tsv",          no_argument,       NULL, 't' },
	{ "format",       required_argument, NULL, OPT_FORMAT },
	{ "today",        required_argument, NULL, OPT_TODAY },
	{ "help",         no_argument,       NULL, 'h' },
	{ "version",      no_argument,       NULL, 'V' },
	{ NULL,           0,                 NULL, 0 }
};

/* -m keeps only the counts that are milestones. */
static int
shown(const struct since *o, long days)
{
	return !o->has_milestones || milestones_has(&o->milestones, days);
}

/* Read the date in the N bytes of S into *DATE; -1 with WHY set when it is
 * none.  A date such as 12/01/2026 gets a hint of how to write it. */
static int
parse_date(const struct since *o, const char *s, size_t n, long *date, char *why,
    size_t whylen)
{
	if (datearg_parse(&o->da, s, n, date, why, whylen) == 0)
		return 0;
	datearg_hint(&o->da, s, n, 1, why, whylen);
	return -1;
}

/* S on standard output, wrapped at its spaces to the width. */
static void
print_fit(const char *s)
{
	size_t n = strlen(s), off, len, used, width = (size_t)out_term_width();

	while ((used = wrap_next(s, n, width, &off, &len)) > 0) {
		printf("%.*s\n", (int)len, s + off);
		s += used;
		n -= used;
	}
}

/* A milestone in words into BUF: "30 days since 2026-10-01", "7 days until
 * 2026-12-03" for a date to come, and what the date is when LABEL is set:
 * "33 days since 2026-10-24 (the last date where who=me)".  Returns its
 * length. */
static size_t
milestone_words(const struct since *o, long date, long days, const char *label,
    char *buf, size_t n)
{
	char words[40], iso[11];
	int k;

	since_words(days, o->weeks, words);
	date_format_iso(date, iso);
	k = snprintf(buf, n, "%s %s %s", words, days < 0 ? "until" : "since", iso);
	if (label != NULL && k >= 0 && (size_t)k < n)
		k += snprintf(buf + k, n - (size_t)k, " (%s)", label);
	return k < 0 ? 0 : (size_t)k < n ? (size_t)k : n - 1;
}

/* A milestone as a line of text, wrapped to the width. */
static void
say_milestone(const struct since *o, long date, long days, const char *label)
{
	char *buf = xmalloc(128 + (label != NULL ? strlen(label) : 0));

	milestone_words(o, date, days, label, buf, 128 + (label != NULL ? strlen(label) : 0));
	print_fit(buf);
	free(buf);
}

/* --next as text: "next: 60 days since 2026-10-01 on 2026-11-30, in 30
 * days". */
static void
say_next(const struct since *o, long date, long next, const char *label)
{
	size_t size = 192 + (label != NULL ? strlen(label) : 0), k;
	char on[11], in[40], *buf = xmalloc(size);

	k = (size_t)snprintf(buf, size, "next: ");
	k += milestone_words(o, date, next, label, buf + k, size - k);
	date_format_iso(date + next, on);
	since_words(date + next - o->da.today, o->weeks, in);
	snprintf(buf + k, size - k, " on %s, in %s", on, in);
	print_fit(buf);
	free(buf);
}

/* --next as CSV: the date, the milestone, the day it falls on and the days
 * until then, after the header when HEADER is set. */
static void
next_row(struct csv_writer *w, const struct since *o, long date, long next, int header)
{
	char iso[11], ms[40], on[11], in[40];

	if (header)
		csv_write_row(w, "date", o->as_name, "on", "in", NULL);
	date_format_iso(date, iso);
	since_format(next, o->weeks, ms);
	date_format_iso(date + next, on);
	since_format(date + next - o->da.today, o->weeks, in);
	csv_write_row(w, iso, ms, on, in, NULL);
}

/* DATE operands: all are checked before anything is written.  Returns how
 * many counts went out. */
static size_t
count_dates(const struct since *o, char **args, int n, const long *configured)
{
	struct csv_writer w;
	long *date = xcalloc(n > 0 ? (size_t)n : 1, sizeof *date);
	char why[160], iso[11], buf[40];
	int i, from = 0, to = n, named, csv = o->format == OUT_CSV || o->format == OUT_TSV ||
	    o->format == OUT_JSON;
	size_t printed = 0;

	for (i = 0; i < n; i++)
		if (parse_date(o, args[i], strlen(args[i]), &date[i], why, sizeof why) != 0) {
			free(date);
			diag_die("%s %s", quote(args[i]), why);
		}
	if (n == 0)
		date[0] = *configured, n = to = 1;
	if (o->pick != PICK_ALL) {
		for (i = 1; i < n; i++)
			if (o->pick == PICK_LAST ? date[i] > date[from] : date[i] < date[from])
				from = i;
		to = from + 1;
	}
	/* Several counts on a terminal, like grep's matches in several files,
	 * say which date each is for. */
	named = to - from > 1 && out_format_resolve(o->format) == OUT_TEXT;
	if (csv)
		csv_writer_init(&w, stdout, o->format == OUT_TSV ? '\t' : ',');
	if (csv && o->format == OUT_JSON)
		csv_writer_json(&w, 1);
	/* The header goes out with the first row: with -m, a day without a
	 * milestone prints nothing at all. */
	for (i = from; i < to; i++) {
		long days = since_days(date[i], o->da.today), next;

		if (o->next) {
			if (milestones_next(&o->milestones, date[i], o->da.today, &next) != 0)
				continue;
			if (csv)
				next_row(&w, o, date[i], next, printed == 0);
			else
				say_next(o, date[i], next, o->label);
			printed++;
			continue;
		}
		if (!shown(o, days))
			continue;
		since_format(days, o->weeks, buf);
		if (csv) {
			if (printed == 0)
				csv_write_row(&w, "date", o->as_name, NULL);
			date_format_iso(date[i], iso);
			csv_write_row(&w, iso, buf, NULL);
		} else if (o->has_milestones) {
			/* Cron mails it: it says what the count is. */
			say_milestone(o, date[i], days, o->label);
		} else if (named) {
			printf("%s: %s\n", args[i], buf);
		} else {
			printf("%s\n", buf);
		}
		printed++;
	}
	if (csv) {
		csv_writer_flush(&w);
		csv_writer_free(&w);
	}
	free(date);
	return printed;
}

/* Write one row of filter mode: NF fields, then EXTRA (the count or its
 * column's name). */
static void
emit(struct filter *f, const char *const *field, const size_t *len, size_t nf,
    const char *extra)
{
	size_t i;

	if (f->tab == NULL) {
		for (i = 0; i < nf; i++)
			csv_write_field(&f->w, field[i], len[i]);
		csv_write_str(&f->w, extra);
		csv_write_end(&f->w);
		out_check();
		return;
	}
	if (nf + 1 > f->cell_cap) {
		f->cell_cap = nf + 1;
		f->cells = xrealloc(f->cells, f->cell_cap * sizeof *f->cells);
		f->cell_len = xrealloc(f->cell_len, f->cell_cap * sizeof *f->cell_len);
	}
	for (i = 0; i < nf; i++) {
		f->cells[i] = field[i];
		f->cell_len[i] = len[i];
	}
	f->cells[nf] = extra;
	f->cell_len[nf] = strlen(extra);
	table_add(f->tab, f->cells, f->cell_len, nf + 1);
}

static void
emit_count(struct filter *f, const char *const *field, const size_t *len, size_t nf,
    long days)
{
	char buf[40];

	since_format(days, f->o->weeks, buf);
	emit(f, field, len, nf, buf);
	f->printed++;
}

/* The header of a stream of rows, once, when the input has one. */
static void
header_out(struct filter *f)
{
	if (f->have_header && f->o->pick == PICK_ALL && !f->o->streaks &&
	    !f->header_written) {
		emit(f, f->header.f, f->header.len, f->header.nf, f->o->as_name);
		f->header_written = 1;
	}
}

/* What the date of --last or --first is, for a person: "the last date
 * where who=me" (the column's name, and the --where conditions). */
static char *
best_label(const struct filter *f)
{
	const struct since *o = f->o;
	size_t i, n = strlen(f->col_name) + 16;
	char *s;

	for (i = 0; i < o->wheres.n; i++)
		n += strlen(o->wheres.w[i].spec) + strlen(o->wheres.w[i].value) + 8;
	s = xmalloc(n);
	snprintf(s, n, "the %s %s", o->pick == PICK_LAST ? "last" : "first", f->col_name);
	for (i = 0; i < o->wheres.n; i++) {
		strcat(s, i == 0 ? " where " : " and ");
		strcat(s, o->wheres.w[i].spec);
		strcat(s, "=");
		strcat(s, o->wheres.w[i].value);
	}
	return s;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A name that H has twice (the first in byte order), or NULL.  JSON keys
 * must differ, or a reader keeps only one of the fields. */
static char *
twice_in(const struct csv_record *h)
{
	const char **v = xmalloc((h->nf + 1) * sizeof *v);
	char *name = NULL;
	size_t i;

	for (i = 0; i < h->nf; i++)
		v[i] = h->f[i];
	qsort(v, h->nf, sizeof *v, by_name);
	for (i = 1; i < h->nf && name == NULL; i++)
		if (strcmp(v[i - 1], v[i]) == 0)
			name = xstrdup(v[i]);
	free(v);
	return name;
}

/* Close R: -1 with its error in E when reading it failed, else 0. */
static int
close_input(struct csv_reader *r, struct rk_error *e)
{
	int rc = 0;

	if (csv_reader_error(r) != NULL) {
		*e = *csv_reader_error(r);
		rc = -1;
	}
	csv_reader_close(r);
	return rc;
}

/* --where on the -c column COL compares dates, so that date=yesterday
 * and date=2026-10-01T20:05 keep the rows of that day: each VALUE there is
 * read once, in the column's forms (-i too).  LONG_MIN marks the others. */
static void
where_dates(struct since *o, size_t col)
{
	char why[160];
	size_t i;

	o->where_day = xcalloc(o->wheres.n ? o->wheres.n : 1, sizeof *o->where_day);
	for (i = 0; i < o->wheres.n; i++) {
		const char *v = o->wheres.w[i].value;

		o->where_day[i] = LONG_MIN;
		if (o->wheres.w[i].col == col &&
		    parse_date(o, v, strlen(v), &o->where_day[i], why, sizeof why) != 0)
			diag_usage_error("--where: %s %s", quote(v), why);
	}
}

/* Whether REC is kept by --where: the other columns' VALUE as it is, the
 * -c column's as a date.  The row's date goes into *DATE, with *HAVE set,
 * when it was read for that.  -1 when REC is bad (R has the error). */
static int
where_holds(const struct since *o, struct csv_reader *r, const struct csv_record *rec,
    size_t col, long *date, int *have)
{
	char why[160];
	size_t i;

	*have = 0;
	for (i = 0; i < o->wheres.n; i++) {
		size_t c = o->wheres.w[i].col;

		if (csv_record_need(r, rec, c, "--where") < 0)
			return -1;
		if (o->where_day[i] == LONG_MIN && strcmp(rec->f[c], o->wheres.w[i].value) != 0)
			return 0;
	}
	for (i = 0; i < o->wheres.n; i++) {
		if (o->where_day[i] == LONG_MIN)
			continue;
		if (!*have && parse_date(o, rec->f[col], rec->len[col], date, why,
		    sizeof why) != 0)
			return csv_reader_fail(r, rec, "%s %s", quote_n(rec->f[col],
			    rec->len[col]), why);
		*have = 1;
		if (*date != o->where_day[i])
			return 0;
	}
	return 1;
}

/* One input of filter mode: every row that --where keeps goes out with its
 * count, or is weighed against the best one so far for --last and --first.
 * Returns -1 with E set when the input is bad. */
static int
filter_file(struct filter *f, const char *path, struct rk_error *e)
{
	const struct since *o = f->o;
	struct csv_reader *r;
	const struct csv_record *h, *rec;
	char why[160], *twice;
	size_t col, i;
	long c, date;
	int have_date;

	stdin_notice(path, "CSV rows");
	if ((r = csv_reader_open(path, &o->dialect, e)) == NULL)
		return -1;
	if ((h = csv_reader_header(r)) == NULL && csv_reader_error(r) != NULL)
		return close_input(r, e);
	if (h != NULL && !f->have_header) {
		/* Rows go out in the input's own dialect, TSV when the header
		 * showed it to be. */
		if (o->format == OUT_DEFAULT && f->tab == NULL)
			f->w.delim = csv_reader_delim(r);
		csv_saved_set(&f->header, h);
		f->header_name = xstrdup(csv_reader_name(r));
		f->have_header = 1;
		f->width = h->nf;
		/* Unless the count goes out alone, it gets a column of its own,
		 * and two columns of one name would leave readers guessing. */
		if (!o->streaks && (o->pick == PICK_ALL || f->format != OUT_TEXT))
			for (i = 0; i < h->nf; i++)
				if (strcmp(h->f[i], o->as_name) == 0) {
					csv_reader_fail(r, h, "the input already has a column %s; "
					    "name the new one with --as", quote(o->as_name));
					return close_input(r, e);
				}
		if (f->format == OUT_JSON && !o->streaks && !o->next &&
		    (twice = twice_in(h)) != NULL) {
			csv_reader_fail(r, h, "column name %s appears twice in the header; "
			    "JSON keys must differ", quote(twice));
			free(twice);
			return close_input(r, e);
		}
	} else if (h != NULL && !csv_saved_equal(&f->header, h)) {
		csv_reader_fail(r, h, "the header differs from that of %s", f->header_name);
		return close_input(r, e);
	}
	/* Find the columns before writing anything, so that a missing one
	 * leaves no header behind on stdout. */
	if ((c = csv_reader_column(r, o->column, "-c")) < 0 ||
	    csv_where_columns(&f->o->wheres, r, "--where") < 0)
		return close_input(r, e);
	col = (size_t)c;
	if (f->o->where_day == NULL)
		where_dates(f->o, col);
	if (f->col_name == NULL) {
		char num[40];

		snprintf(num, sizeof num, "column %zu", col + 1);
		f->col_name = xstrdup(h != NULL ? h->f[col] : num);
	}
	/* With -m, the header waits for the first row on a milestone: a day
	 * without one prints nothing at all. */
	if (!o->has_milestones)
		header_out(f);

	while ((rec = csv_reader_next(r)) != NULL) {
		if (f->width == 0)
			f->width = rec->nf;
		else if (rec->nf != f->width) {
			csv_reader_fail(r, rec, "%zu field%s where the first input has %zu",
			    rec->nf, rec->nf == 1 ? "" : "s", f->width);
			break;
		}
		if (csv_record_need(r, rec, col, "-c") < 0 ||
		    (c = where_holds(o, r, rec, col, &date, &have_date)) < 0)
			break;
		if (c == 0)
			continue;
		if (!have_date &&
		    parse_date(o, rec->f[col], rec->len[col], &date, why, sizeof why) != 0) {
			csv_reader_fail(r, rec, "%s %s", quote_n(rec->f[col], rec->len[col]), why);
			break;
		}
		if (o->streaks) {
			if (streaks_add(&f->kept, date) != 0) {
				csv_reader_fail(r, rec, "out of memory");
				break;
			}
			continue;
		}
		if (o->pick == PICK_ALL) {
			long days = since_days(date, o->da.today);

			if (!shown(o, days))
				continue;
			header_out(f);
			if (f->tab == NULL) {
				/* The row goes on as it came, its count after it. */
				char buf[40];
				size_t n = since_format(days, o->weeks, buf);

				csv_write_record_as_read(&f->w, rec, csv_reader_delim(r));
				csv_write_plain(&f->w, buf, n);
				csv_write_end(&f->w);
				out_check();
				f->printed++;
			} else
				emit_count(f, (const char *const *)rec->f, rec->len, rec->nf, days);
			continue;
		}
		/* Of rows with the same date, --last keeps the later one. */
		if (!f->have_best ||
		    (o->pick == PICK_LAST ? date >= f->best_date : date < f->best_date)) {
			csv_saved_set(&f->best, rec);
			f->best_date = date;
			f->have_best = 1;
		}
	}
	return close_input(r, e);
}

/* --last and --first in filter mode: the count alone, or the row. */
static void
emit_best(struct filter *f)
{
	const struct since *o = f->o;
	long days = since_days(f->best_date, o->da.today), next = 0;
	char buf[40], *label;

	if (f->have_best && o->next)
		f->have_best = milestones_next(&o->milestones, f->best_date, o->da.today,
		    &next) == 0;
	else if (f->have_best && !shown(o, days))
		f->have_best = 0;
	if (f->format == OUT_TEXT) {
		if (!f->have_best)
			return;
		if (o->next || o->has_milestones) {
			label = best_label(f);
			if (o->next)
				say_next(o, f->best_date, next, label);
			else {
				say_milestone(o, f->best_date, days, label);
			}
			free(label);
		} else {
			since_format(days, o->weeks, buf);
			printf("%s\n", buf);
		}
		f->printed++;
		return;
	}
	if (o->next) {
		if (f->have_best) {
			next_row(&f->w, o, f->best_date, next, 1);
			f->printed++;
		}
		return;
	}
	/* -m on a day without a milestone: not even the header. */
	if (f->have_header && (f->have_best || !o->has_milestones))
		emit(f, f->header.f, f->header.len, f->header.nf, o->as_name);
	if (f->have_best)
		emit_count(f, f->best.f, f->best.len, f->best.nf, days);
}

/* --streaks: from each kept date to the next, oldest first, then from the
 * newest to today; its own header, whatever the input's. */
static void
emit_streaks(struct filter *f)
{
	static const char *const head[2] = { "from", "to" };
	static const size_t head_len[2] = { 4, 2 };
	long today = f->o->da.today;
	char from[11], to[11];
	const char *field[2] = { from, to };
	size_t len[2] = { 10, 10 }, i, n = streaks_sort(&f->kept, today);
	struct streak st;

	if (!f->o->has_milestones)
		emit(f, head, head_len, 2, f->o->as_name);
	for (i = 0; i < n; i++) {
		streaks_get(&f->kept, i, today, &st);
		if (!shown(f->o, st.days))
			continue;
		/* With -m, the header comes with the first streak on a milestone. */
		if (f->o->has_milestones && f->printed == 0)
			emit(f, head, head_len, 2, f->o->as_name);
		date_format_iso(st.from, from);
		date_format_iso(st.to, to);
		emit_count(f, field, len, 2, st.days);
	}
}

/* Filter mode: the NFILES FILES (none is stdin) in, their counts out.
 * Returns how many counts or rows went out. */
static size_t
count_rows(struct since *o, char **files, int nfiles)
{
	struct filter f = { 0 };
	struct rk_error e = { 0 };
	int i, n = nfiles > 0 ? nfiles : 1;

	f.o = o;
	/* A stream of rows is CSV in the input's own dialect, or a table on a
	 * terminal; --last and --first give one count, like DATE operands. */
	f.format = o->format;
	if (f.format == OUT_DEFAULT && o->pick != PICK_ALL)
		f.format = OUT_TEXT;
	f.format = out_format_resolve(f.format);
	if (f.format == OUT_TEXT && o->pick == PICK_ALL) {
		f.tab = table_new(stdout, !o->dialect.no_header || o->streaks, out_color());
		table_set_width(f.tab, (size_t)out_term_width());
	} else {
		/* Rows wait in the writer until its buffer fills. */
		csv_writer_init(&f.w, stdout, f.format == OUT_TSV ? '\t' :
		    o->format == OUT_CSV ? ',' : o->dialect.delim);
		csv_writer_batch(&f.w);
		/* With --no-header, the input's columns go by their numbers;
		 * --streaks and --next write a header of their own. */
		if (f.format == OUT_JSON)
			csv_writer_json(&f.w, !o->dialect.no_header || o->streaks || o->next);
	}
	for (i = 0; i < n; i++)
		if (filter_file(&f, nfiles > 0 ? files[i] : "-", &e) < 0)
			break;
	if (i == n) {
		if (o->streaks)
			emit_streaks(&f);
		else if (o->pick != PICK_ALL)
			emit_best(&f);
		table_finish(f.tab);
	}
	/* The rows written before a bad input go out whole, and before its
	 * message. */
	csv_writer_flush(&f.w);
	csv_writer_free(&f.w);
	free(f.cells);
	free(f.cell_len);
	free(f.header_name);
	free(f.col_name);
	csv_saved_free(&f.header);
	csv_saved_free(&f.best);
	streaks_free(&f.kept);
	if (i < n)
		diag_die_error(&e);
	return f.printed;
}

static void
usage(FILE *fp)
{
	fputs(
	    "usage: rk-since [--first | --last] [--weeks] [-m list [--next]] [-i format]\n"
	    "                [--as name] [--format fmt] [--today date] [date...]\n"
	    "       rk-since -c column [--where column=value]... [--first | --last |\n"
	    "                --streaks] [--weeks] [-m list [--next]] [-i format] [--as name]\n"
	    "                [--no-header] [-d char | -t] [--format fmt] [--today date]\n"
	    "                [file...]\n"
	    "Count the days from each date to today (negative for a date to come), or\n"
	    "append the count to each row of CSV, from the dates in one column.  No\n"
	    "date: the break-up's, from RK_SINCE or since in the config file.\n", fp);
	fputs(
	    "  -c, --column COL        filter mode: the dates are in column COL (a header\n"
	    "                          name or a number from 1)\n"
	    "      --as NAME           name the new column NAME (default: days)\n"
	    "      --where COL=VALUE   only rows whose column COL is exactly VALUE (the -c\n"
	    "                          column: the same date)\n"
	    "      --last              only the count since the newest date\n"
	    "      --first             only the count since the oldest date\n"
	    "      --streaks           one row from,to,days per gap between the kept dates,\n"
	    "                          in date order, then the current one\n"
	    "  -m, --milestones[=LIST] only counts in LIST (as in 7,30,90), said as \"30\n"
	    "                          days since 2026-10-01\"; none: no output, exit 1;\n"
	    "                          --milestones alone: the config file's list\n"
	    "      --next              with -m: the next milestone, the day it falls on,\n"
	    "                          and the days until then\n"
	    "      --weeks             say \"8 weeks 2 days\" instead of 58\n"
	    "  -i, --input-format FMT  read dates with strptime(3) format FMT\n"
	    "      --no-header         the first row is data, not column names\n"
	    "  -d, --delimiter C       fields are separated by C (default: a comma)\n"
	    "  -t, --tsv               same as -d tab\n"
	    "      --format FMT        csv, tsv, text or json (default: counts alone for\n"
	    "                          dates, --last and --first, each named by its date\n"
	    "                          when there are several on a terminal; rows as CSV,\n"
	    "                          or as a table on a terminal)\n"
	    "      --today DATE        count to DATE instead of today (also RK_TODAY)\n"
	    "  -h, --help              show this help\n"
	    "  -V, --version           show the version\n", fp);
	fputs(
	    "A date is YYYY-MM-DD, an ISO 8601 date-time (its local date counts),\n"
	    "today or yesterday.\n", fp);
}

int
main(int argc, char *argv[])
{
	struct since o = { 0 };
	const char *csv_only = NULL, *today = NULL;
	struct rk_error e = { 0 };
	char why[160];
	size_t printed;
	int ch, c, picks = 0, selects, ms_bare = 0;
	struct settings st;
	long configured = 0;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	o.as_name = "days";
	o.pick = PICK_ALL;
	o.format = OUT_DEFAULT;
	o.dialect.delim = ',';
	o.dialect.sniff = 1;
	while ((ch = arg_next(argc, argv, "c:m:i:d:thV", longopts)) != -1) {
		switch (ch) {
		case 'c':
			o.column = optarg;
			break;
		case OPT_AS:
			if (*optarg == '\0')
				diag_usage_error("--as: the column name is empty");
			o.as_name = optarg;
			break;
		case OPT_WHERE:
			if (csv_where_add(&o.wheres, optarg, "--where", &e) < 0)
				diag_die_error(&e);
			csv_only = "--where";
			break;
		case OPT_LAST:
			o.pick = PICK_LAST, picks++;
			break;
		case OPT_FIRST:
			o.pick = PICK_FIRST, picks++;
			break;
		case OPT_STREAKS:
			o.streaks = 1;
			csv_only = "--streaks";
			break;
		case 'm':
		case OPT_MILESTONES:
			if (o.has_milestones)
				milestones_free(&o.milestones);
			o.has_milestones = 1;
			/* --milestones alone: the config's list. */
			if ((ms_bare = optarg == NULL))
				break;
			if ((c = milestones_parse(optarg, &o.milestones, why, sizeof why)) == -2)
				diag_die("out of memory");
			if (c != 0)
				diag_usage_error("%s: %s", ch == 'm' ? "-m" : "--milestones", why);
			break;
		case OPT_NEXT:
			o.next = 1;
			break;
		case OPT_WEEKS:
			o.weeks = 1;
			break;
		case 'i':
			if (*optarg == '\0')
				diag_usage_error("-i: the format is empty");
			o.da.format = optarg;
			break;
		case OPT_NO_HEADER:
			o.dialect.no_header = 1;
			csv_only = "--no-header";
			break;
		case 'd':
			o.dialect.delim = arg_delim(optarg);
			o.dialect.sniff = 0;
			csv_only = "-d";
			break;
		case 't':
			o.dialect.delim = '\t';
			o.dialect.sniff = 0;
			csv_only = "-t";
			break;
		case OPT_FORMAT:
			o.format = arg_format(optarg);
			break;
		case OPT_TODAY:
			today = optarg;
			break;
		case 'h':
			usage(stdout);
			out_close();
			return 0;
		case 'V':
			arg_version();
		}
	}
	if (picks > 1)
		diag_usage_error("--last and --first do not go together");
	if (o.streaks && picks > 0)
		diag_usage_error("--streaks does not go with --last or --first");
	if (o.streaks && (strcmp(o.as_name, "from") == 0 || strcmp(o.as_name, "to") == 0))
		diag_usage_error("--as: --streaks already writes a column %s", quote(o.as_name));
	if (o.next && !o.has_milestones)
		diag_usage_error("--next needs -m LIST: the milestones to look for");
	if (o.next && o.column != NULL && (o.pick == PICK_ALL || o.streaks))
		diag_usage_error("--next in filter mode needs --last or --first: one date");
	if (o.next && (strcmp(o.as_name, "date") == 0 || strcmp(o.as_name, "on") == 0 ||
	    strcmp(o.as_name, "in") == 0))
		diag_usage_error("--as: --next already writes a column %s", quote(o.as_name));
	if (o.column == NULL && csv_only != NULL)
		diag_usage_error("%s is for CSV input; it needs -c COLUMN", csv_only);
	/* "--milestones 7,30" gives no list: 7,30 is a date operand. */
	if (ms_bare && optind < argc && argv[optind][0] != '\0' &&
	    strspn(argv[optind], "0123456789,+-") == strlen(argv[optind]) &&
	    strchr(argv[optind], '-') == NULL)
		diag_usage_error("--milestones takes its list after \"=\": "
		    "write --milestones=%s", argv[optind]);
	o.da.today = today_days(today);
	settings_init(&st);
	if (ms_bare && !settings_milestones(&st, &o.milestones))
		diag_usage_error("--milestones: no list given, and no milestones in %s "
		    "(or write --milestones=LIST)", settings_file(&st));
	/* No date: RK_SINCE, or the config's since, the break-up. */
	if (o.column == NULL && optind == argc) {
		if (!settings_since(&st, o.da.today, &configured))
			diag_usage_error("no date given (give dates, set since in %s or "
			    "RK_SINCE, or give -c COLUMN to read them from CSV)",
			    settings_file(&st));
		o.label = "the break-up";
	}
	settings_free(&st);

	if (o.column != NULL)
		printed = count_rows(&o, argv + optind, argc - optind);
	else
		printed = count_dates(&o, argv + optind, argc - optind, &configured);

	selects = o.wheres.n > 0 || o.pick != PICK_ALL || o.has_milestones || o.streaks;
	csv_where_free(&o.wheres);
	free(o.where_day);
	milestones_free(&o.milestones);
	out_close();
	/* Like grep: 1 when a selection found nothing to show. */
	return selects && printed == 0 ? 1 : 0;
}
