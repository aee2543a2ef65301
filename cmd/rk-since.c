/* rk-since: count the days since a date, or since the dates in a CSV column. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv_reader.h"
#include "lib/csv_saved.h"
#include "lib/csv_writer.h"
#include "lib/csv_where.h"
#include "lib/date.h"
#include "lib/datearg.h"
#include "lib/diag.h"
#include "lib/opts.h"
#include "lib/output.h"
#include "lib/since.h"
#include "lib/stdfds.h"
#include "lib/streaks.h"
#include "lib/table.h"
#include "lib/today.h"

enum pick { PICK_ALL, PICK_LAST, PICK_FIRST };

static const char *col_spec, *as_name = "days", *opt_today;
static enum pick pick = PICK_ALL;
static int weeks, ms_set, streaks_on;
static struct milestones ms;
static struct csv_wheres wheres;
static enum out_format format = OUT_DEFAULT;
static struct csv_dialect dialect = { ',', 0 };
static struct datearg da;

enum { O_AS = 256, O_LAST, O_FIRST, O_STREAKS, O_WHERE, O_WEEKS };

static const struct opt options[] = {
	{ "column", 'c', "COL", "filter mode: the dates are in column COL (a header "
	    "name or a number from 1)", NULL },
	{ "as", O_AS, "NAME", "name the new column NAME (default: days)", NULL },
	{ "where", O_WHERE, "COL=VALUE", "only rows whose column COL is exactly VALUE", NULL },
	{ "last", O_LAST, NULL, "only the count since the newest date", NULL },
	{ "first", O_FIRST, NULL, "only the count since the oldest date", NULL },
	{ "streaks", O_STREAKS, NULL, "one row from,to,days per gap between the kept "
	    "dates, in date order, then the current one", NULL },
	{ "milestones", 'm', "LIST", "only counts in LIST (as in 7,30,90); exit 1 when "
	    "there is none", NULL },
	{ "weeks", O_WEEKS, NULL, "say \"8 weeks 2 days\" instead of 58", NULL },
	{ "input-format", 'i', "FMT", "read dates with strptime(3) format FMT", NULL },
	OPT_NO_HEADER("the first row is data, not column names"),
	OPT_DELIMITER("fields are separated by C (default: a comma)"),
	OPT_TSV,
	OPT_FORMAT("csv, tsv or text (default: counts alone for dates, --last and "
	    "--first, each named by its date when there are several on a terminal; "
	    "rows as CSV, or as a table on a terminal)"),
	OPT_TODAY("count to DATE instead of today (also RK_TODAY)"),
	OPT_HELP,
	OPT_VERSION,
	OPT_END
};

const struct opts_prog rk_since_prog = {
	"rk-since",
	"usage: rk-since [--first | --last] [--weeks] [-m list] [-i format]\n"
	"                [--as name] [--format fmt] [--today date] date...\n"
	"       rk-since -c column [--where column=value]... [--first | --last |\n"
	"                --streaks] [--weeks] [-m list] [-i format] [--as name]\n"
	"                [--no-header] [-d char | -t] [--format fmt] [--today date]\n"
	"                [file...]\n",
	"Count the days from each date to today (negative for a date to come), or\n"
	"append the count to each row of CSV, from the dates in one column.\n",
	"A date is YYYY-MM-DD, an ISO 8601 date-time (its local date counts),\n"
	"today or yesterday.\n",
	options, "@file", "@file"
};

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
static size_t printed;        /* dates or rows written */
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

	since_format(days, weeks, buf);
	emit(f, len, nf, buf);
	printed++;
}

static long
parse_field(struct csv_reader *r, const struct csv_record *rec, size_t col)
{
	char why[160];
	long days;

	if (datearg_parse(&da, rec->f[col], rec->len[col], &days, why, sizeof why) != 0)
		csv_reader_die(r, rec, "%s %s", diag_quote_n(rec->f[col], rec->len[col]), why);
	return days;
}

/* One input of filter mode: every row that --where keeps goes out with its
 * count, or is weighed against the best one so far for --last and --first. */
static void
filter_file(const char *path)
{
	struct csv_reader *r = csv_reader_open(path, &dialect);
	const struct csv_record *h = csv_reader_header(r), *rec;
	const char *name = csv_reader_name(r);
	size_t col, i;

	if (h != NULL && !have_header) {
		csv_saved_set(&header, h);
		header_name = xstrdup(name);
		have_header = 1;
		width = h->nf;
		/* Unless the count goes out alone, it gets a column of its own,
		 * and two columns of one name would leave readers guessing. */
		if (!streaks_on && (pick == PICK_ALL || ofmt != OUT_TEXT))
			for (i = 0; i < h->nf; i++)
				if (strcmp(h->f[i], as_name) == 0)
					csv_reader_die(r, h, "the input already has a column %s; "
					    "name the new one with --as", diag_quote(as_name));
	} else if (h != NULL && !csv_saved_equal(&header, h)) {
		csv_reader_die(r, h, "the header differs from that of %s", header_name);
	}
	/* Find the columns before writing anything, so that a missing one
	 * leaves no header behind on stdout. */
	col = csv_reader_column(r, col_spec, "-c");
	csv_where_columns(&wheres, r, "--where");
	if (h != NULL && pick == PICK_ALL && !streaks_on && !header_written) {
		emit(header.f, header.len, header.nf, as_name);
		header_written = 1;
	}

	while ((rec = csv_reader_next(r)) != NULL) {
		long date;

		if (width == 0)
			width = rec->nf;
		else if (rec->nf != width)
			csv_reader_die(r, rec, "%zu field%s where the first input has %zu",
			    rec->nf, rec->nf == 1 ? "" : "s", width);
		csv_record_need(r, rec, col, "-c");
		if (!csv_where_holds(&wheres, r, rec, "--where"))
			continue;
		date = parse_field(r, rec, col);
		if (streaks_on) {
			streaks_add(&kept, date);
			continue;
		}
		if (pick == PICK_ALL) {
			long days = since_days(date, da.today);

			if (ms_set && !milestones_has(&ms, days))
				continue;
			if (tab == NULL) {
				/* The row goes on as it came, its count after it. */
				char buf[40];
				size_t n = since_format(days, weeks, buf);

				csv_write_record_as_read(&w, rec, dialect.delim);
				csv_write_plain(&w, buf, n);
				csv_write_end(&w);
				out_check();
				printed++;
			} else
				emit_count((const char *const *)rec->f, rec->len, rec->nf, days);
			continue;
		}
		/* Of rows with the same date, --last keeps the later one. */
		if (!have_best || (pick == PICK_LAST ? date >= best_date : date < best_date)) {
			csv_saved_set(&best, rec);
			best_date = date;
			have_best = 1;
		}
	}
	csv_reader_close(r);
}

/* --last and --first in filter mode: the count alone, or the row. */
static void
emit_best(void)
{
	long days = since_days(best_date, da.today);
	char buf[40];

	if (have_best && ms_set && !milestones_has(&ms, days))
		have_best = 0;
	if (ofmt == OUT_TEXT) {
		if (have_best) {
			since_format(days, weeks, buf);
			printf("%s\n", buf);
			printed++;
		}
		return;
	}
	if (have_header)
		emit(header.f, header.len, header.nf, as_name);
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
	size_t len[2] = { 10, 10 }, i, n = streaks_sort(&kept, da.today);
	struct streak st;

	emit(head, head_len, 2, as_name);
	for (i = 0; i < n; i++) {
		streaks_get(&kept, i, da.today, &st);
		if (ms_set && !milestones_has(&ms, st.days))
			continue;
		date_format_iso(st.from, from);
		date_format_iso(st.to, to);
		emit_count(f, len, 2, st.days);
	}
}

static void
run_filter(char **files, int nfiles)
{
	static char *stdin_only[] = { "-" };
	int i;

	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	/* A stream of rows is CSV in the input's own dialect, or a table on a
	 * terminal; --last and --first give one count, like DATE operands. */
	ofmt = format;
	if (ofmt == OUT_DEFAULT && pick != PICK_ALL)
		ofmt = OUT_TEXT;
	ofmt = out_format_resolve(ofmt);
	if (ofmt == OUT_TEXT && pick == PICK_ALL)
		tab = table_new(stdout, !dialect.no_header || streaks_on, out_color());
	else {
		csv_writer_init(&w, stdout, ofmt == OUT_TSV ? '\t' :
		    format == OUT_CSV ? ',' : dialect.delim);
		/* Rows wait in the writer; flush_and_close sends them on, also
		 * when an input error ends the run. */
		csv_writer_batch(&w);
		diag_atexit(flush_and_close);
	}
	for (i = 0; i < nfiles; i++)
		filter_file(files[i]);
	if (streaks_on)
		emit_streaks();
	else if (pick != PICK_ALL)
		emit_best();
	table_finish(tab);
	free(cells);
	free(cell_len);
	free(header_name);
}

/* DATE operands: all are checked before anything is written. */
static void
run_dates(char **args, int n)
{
	long *date = xcalloc((size_t)n, sizeof *date);
	char why[160], iso[11], buf[40];
	int i, from = 0, to = n, named;

	for (i = 0; i < n; i++)
		if (datearg_parse(&da, args[i], strlen(args[i]), &date[i], why, sizeof why) != 0)
			diag_die("%s %s", diag_quote(args[i]), why);
	if (pick != PICK_ALL) {
		for (i = 1; i < n; i++)
			if (pick == PICK_LAST ? date[i] > date[from] : date[i] < date[from])
				from = i;
		to = from + 1;
	}
	/* Several counts on a terminal, like grep's matches in several files,
	 * say which date each is for. */
	named = to - from > 1 && out_format_resolve(format) == OUT_TEXT;
	if (format == OUT_CSV || format == OUT_TSV) {
		csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
		csv_write_row(&w, "date", as_name, NULL);
	}
	for (i = from; i < to; i++) {
		long days = since_days(date[i], da.today);

		if (ms_set && !milestones_has(&ms, days))
			continue;
		since_format(days, weeks, buf);
		if (format == OUT_CSV || format == OUT_TSV) {
			date_format_iso(date[i], iso);
			csv_write_row(&w, iso, buf, NULL);
		} else if (named) {
			printf("%s: %s\n", args[i], buf);
		} else {
			printf("%s\n", buf);
		}
		printed++;
	}
	free(date);
}

int
main(int argc, char *argv[])
{
	const char *csv_only = NULL;
	char why[160];
	int ch, picks = 0, selects;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = opts_next(&rk_since_prog, argc, argv)) != -1) {
		switch (ch) {
		case 'c':
			col_spec = optarg;
			break;
		case O_AS:
			if (*optarg == '\0')
				diag_usage_error("--as: the column name is empty");
			as_name = optarg;
			break;
		case O_LAST:
			pick = PICK_LAST, picks++;
			break;
		case O_FIRST:
			pick = PICK_FIRST, picks++;
			break;
		case O_STREAKS:
			streaks_on = 1;
			csv_only = "--streaks";
			break;
		case O_WHERE:
			csv_where_add(&wheres, optarg, "--where");
			csv_only = "--where";
			break;
		case 'm':
			if (ms_set)
				milestones_free(&ms);
			if (milestones_parse(optarg, &ms, why, sizeof why) != 0)
				diag_usage_error("-m: %s", why);
			ms_set = 1;
			break;
		case O_WEEKS:
			weeks = 1;
			break;
		case 'i':
			if (*optarg == '\0')
				diag_usage_error("-i: the format is empty");
			da.format = optarg;
			break;
		case 'd':
		case 't':
		case OPT_K_NO_HEADER:
			csv_only = ch == 'd' ? "-d" : ch == 't' ? "-t" : "--no-header";
			/* FALLTHROUGH */
		default:
			opts_common(ch, optarg, &dialect, &format, &opt_today);
		}
	}
	if (picks > 1)
		diag_usage_error("--last and --first do not go together");
	if (streaks_on && picks > 0)
		diag_usage_error("--streaks does not go with --last or --first");
	if (streaks_on && (strcmp(as_name, "from") == 0 || strcmp(as_name, "to") == 0))
		diag_usage_error("--as: --streaks already writes a column %s", diag_quote(as_name));
	if (col_spec == NULL && csv_only != NULL)
		diag_usage_error("%s is for CSV input; it needs -c COLUMN", csv_only);
	if (col_spec == NULL && optind == argc)
		diag_usage_error("no date given (give dates, or -c COLUMN to read them from CSV)");
	da.today = today_days(opt_today);

	if (col_spec != NULL)
		run_filter(argv + optind, argc - optind);
	else
		run_dates(argv + optind, argc - optind);

	selects = wheres.n > 0 || pick != PICK_ALL || ms_set || streaks_on;
	csv_where_free(&wheres);
	milestones_free(&ms);
	csv_saved_free(&header);
	csv_saved_free(&best);
	streaks_free(&kept);
	flush_and_close();
	/* Like grep: 1 when a selection found nothing to show. */
	return selects && printed == 0 ? 1 : 0;
}
