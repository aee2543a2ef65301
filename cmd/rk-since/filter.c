/* rk-since -c: the dates of a CSV column, counted row by row (filter.h). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-since/filter.h"
#include "core/date.h"
#include "core/dateparse.h"
#include "core/error.h"
#include "core/since.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/out.h"
#include "io/table.h"
#include "util/err.h"

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
size_t
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
		    o->format == OUT_CSV || o->dialect.delim == 0 ? ',' : o->dialect.delim);
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
