/* since_filter: rk-since -c, the counts of CSV rows, --last, --first, --streaks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-since/filter.h"
#include "core/date.h"
#include "core/since.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/table.h"
#include "util/err.h"

static const struct since_filter *sf;
static enum out_format ofmt;  /* the format in force */
static struct csv_writer w;
static struct table *tab;
static const char **cells;    /* a table row: the fields and the count */
static size_t *cell_len, cell_cap;
/* The first input's header, with the name of that input, and the best row
 * of --last or --first, with its date. */
static struct csv_saved header, best;
static char *header_name;
static long best_date;
static int header_written;
static int have_header, have_best;
static size_t width;          /* fields per row, from the first input */
static size_t printed;        /* counts or rows written */
static struct streaks kept;   /* --streaks: the dates of the kept rows */

static void
flush_and_close(void)
{
	csv_writer_flush(&w);
	out_close();
}

/* Write one row of output: NF fields, then EXTRA (the count or its name). */
static void
emit(const char *const *f, const size_t *len, size_t nf, const char *extra)
{
	size_t i;

	if (tab == NULL) {
		for (i = 0; i < nf; i++)
			csv_write_field(&w, f[i], len[i]);
		csv_write_str(&w, extra);
		csv_write_end(&w);
		out_check();
		return;
	}
	if (nf + 1 > cell_cap) {
		cell_cap = nf + 1;
		cells = xrealloc(cells, cell_cap * sizeof *cells);
		cell_len = xrealloc(cell_len, cell_cap * sizeof *cell_len);
	}
	for (i = 0; i < nf; i++) {
		cells[i] = f[i];
		cell_len[i] = len[i];
	}
	cells[nf] = extra;
	cell_len[nf] = strlen(extra);
	table_add(tab, cells, cell_len, nf + 1);
}

static void
emit_count(const char *const *f, const size_t *len, size_t nf, long days)
{
	char buf[40];

	since_format(days, sf->weeks, buf);
	emit(f, len, nf, buf);
	printed++;
}

static long
parse_field(struct csv_reader *r, const struct csv_record *rec, size_t col)
{
	char why[160];
	long days;

	if (datearg_parse(sf->da, rec->f[col], rec->len[col], &days, why, sizeof why) != 0)
		csv_reader_die(r, rec, "%s %s", quote_n(rec->f[col], rec->len[col]), why);
	return days;
}

/* One input of filter mode: every row that --where keeps goes out with its
 * count, or is weighed against the best one so far for --last and --first. */
static void
filter_file(const char *path)
{
	struct csv_reader *r = xcsv_open(path, &sf->dialect);
	const struct csv_record *h = csv_reader_header(r), *rec;
	const char *name = csv_reader_name(r);
	size_t col, i;
	long c;

	csv_reader_check(r);

	if (h != NULL && !have_header) {
		csv_saved_set(&header, h);
		header_name = xstrdup(name);
		have_header = 1;
		width = h->nf;
		/* Unless the count goes out alone, it gets a column of its own,
		 * and two columns of one name would leave readers guessing. */
		if (!sf->streaks && (sf->pick == PICK_ALL || ofmt != OUT_TEXT))
			for (i = 0; i < h->nf; i++)
				if (strcmp(h->f[i], sf->as_name) == 0)
					csv_reader_die(r, h, "the input already has a column %s; "
					    "name the new one with --as", quote(sf->as_name));
	} else if (h != NULL && !csv_saved_equal(&header, h)) {
		csv_reader_die(r, h, "the header differs from that of %s", header_name);
	}
	/* Find the columns before writing anything, so that a missing one
	 * leaves no header behind on stdout. */
	if ((c = csv_reader_column(r, sf->col_spec, "-c")) < 0 ||
	    csv_where_columns(sf->wheres, r, "--where") < 0)
		csv_reader_check(r);
	col = (size_t)c;
	if (h != NULL && sf->pick == PICK_ALL && !sf->streaks && !header_written) {
		emit(header.f, header.len, header.nf, sf->as_name);
		header_written = 1;
	}

	while ((rec = csv_reader_next(r)) != NULL) {
		long date;

		if (width == 0)
			width = rec->nf;
		else if (rec->nf != width)
			csv_reader_die(r, rec, "%zu field%s where the first input has %zu",
			    rec->nf, rec->nf == 1 ? "" : "s", width);
		if (csv_record_need(r, rec, col, "-c") < 0)
			csv_reader_check(r);
		if ((c = csv_where_holds(sf->wheres, r, rec, "--where")) < 0)
			csv_reader_check(r);
		if (c == 0)
			continue;
		date = parse_field(r, rec, col);
		if (sf->streaks) {
			if (streaks_add(&kept, date) != 0)
				diag_die("out of memory");
			continue;
		}
		if (sf->pick == PICK_ALL) {
			long days = since_days(date, sf->da->today);

			if (sf->ms != NULL && !milestones_has(sf->ms, days))
				continue;
			if (tab == NULL) {
				/* The row goes on as it came, its count after it. */
				char buf[40];
				size_t n = since_format(days, sf->weeks, buf);

				csv_write_record_as_read(&w, rec, sf->dialect.delim);
				csv_write_plain(&w, buf, n);
				csv_write_end(&w);
				out_check();
				printed++;
			} else
				emit_count((const char *const *)rec->f, rec->len, rec->nf, days);
			continue;
		}
		/* Of rows with the same date, --last keeps the later one. */
		if (!have_best || (sf->pick == PICK_LAST ? date >= best_date : date < best_date)) {
			csv_saved_set(&best, rec);
			best_date = date;
			have_best = 1;
		}
	}
	csv_reader_check(r);
	csv_reader_close(r);
}

/* --last and --first in filter mode: the count alone, or the row. */
static void
emit_best(void)
{
	long days = since_days(best_date, sf->da->today);
	char buf[40];

	if (have_best && sf->ms != NULL && !milestones_has(sf->ms, days))
		have_best = 0;
	if (ofmt == OUT_TEXT) {
		if (have_best) {
			since_format(days, sf->weeks, buf);
			printf("%s\n", buf);
			printed++;
		}
		return;
	}
	if (have_header)
		emit(header.f, header.len, header.nf, sf->as_name);
	if (have_best)
		emit_count(best.f, best.len, best.nf, days);
}

/* --streaks: from each kept date to the next, oldest first, then from the
 * newest to today; its own header, whatever the input's. */
static void
emit_streaks(void)
{
	static const char *const head[2] = { "from", "to" };
	static const size_t head_len[2] = { 4, 2 };
	char from[11], to[11];
	const char *f[2] = { from, to };
	size_t len[2] = { 10, 10 }, i, n = streaks_sort(&kept, sf->da->today);
	struct streak st;

	emit(head, head_len, 2, sf->as_name);
	for (i = 0; i < n; i++) {
		streaks_get(&kept, i, sf->da->today, &st);
		if (sf->ms != NULL && !milestones_has(sf->ms, st.days))
			continue;
		date_format_iso(st.from, from);
		date_format_iso(st.to, to);
		emit_count(f, len, 2, st.days);
	}
}

size_t
since_filter(const struct since_filter *what, char **files, int nfiles)
{
	static char *stdin_only[] = { "-" };
	int i;

	sf = what;
	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	/* A stream of rows is CSV in the input's own dialect, or a table on a
	 * terminal; --last and --first give one count, like DATE operands. */
	ofmt = sf->format;
	if (ofmt == OUT_DEFAULT && sf->pick != PICK_ALL)
		ofmt = OUT_TEXT;
	ofmt = out_format_resolve(ofmt);
	if (ofmt == OUT_TEXT && sf->pick == PICK_ALL)
		tab = table_new(stdout, !sf->dialect.no_header || sf->streaks, out_color());
	else {
		csv_writer_init(&w, stdout, ofmt == OUT_TSV ? '\t' :
		    sf->format == OUT_CSV ? ',' : sf->dialect.delim);
		/* Rows wait in the writer; flush_and_close sends them on, also
		 * when an input error ends the run. */
		csv_writer_batch(&w);
		diag_atexit(flush_and_close);
	}
	for (i = 0; i < nfiles; i++)
		filter_file(files[i]);
	if (sf->streaks)
		emit_streaks();
	else if (sf->pick != PICK_ALL)
		emit_best();
	table_finish(tab);
	csv_writer_flush(&w);
	free(cells);
	free(cell_len);
	free(header_name);
	csv_saved_free(&header);
	csv_saved_free(&best);
	streaks_free(&kept);
	return printed;
}
