/* rk-since: count the days since a date, or since the dates in a CSV column. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/csv_reader.h"
#include "lib/csv_saved.h"
#include "lib/csv_writer.h"
#include "lib/date.h"
#include "lib/datearg.h"
#include "lib/diag.h"
#include "lib/output.h"
#include "lib/since.h"
#include "lib/stdfds.h"
#include "lib/table.h"
#include "lib/today.h"

enum pick { PICK_ALL, PICK_LAST, PICK_FIRST };

struct where {
	const char *spec;     /* the column, by name or number */
	const char *value;
	size_t col;
};

static const char *col_spec, *as_name = "days", *opt_today;
static enum pick pick = PICK_ALL;
static int weeks, ms_set;
static struct milestones ms;
static struct where *wheres;
static size_t nwheres;
static enum out_format format = OUT_DEFAULT;
static struct csv_dialect dialect = { ',', 0 };
static struct datearg da;

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

static void
check_width(struct csv_reader *r, const struct csv_record *rec, size_t col, const char *opt)
{
	if (col >= rec->nf)
		csv_reader_die(r, rec, "%s: no column %zu: the row has %zu field%s", opt,
		    col + 1, rec->nf, rec->nf == 1 ? "" : "s");
}

static int
where_holds(struct csv_reader *r, const struct csv_record *rec)
{
	size_t i;

	for (i = 0; i < nwheres; i++) {
		size_t c = wheres[i].col;

		check_width(r, rec, c, "--where");
		if (strcmp(rec->f[c], wheres[i].value) != 0)
			return 0;
	}
	return 1;
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
		if (pick == PICK_ALL || ofmt != OUT_TEXT)
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
	for (i = 0; i < nwheres; i++)
		wheres[i].col = csv_reader_column(r, wheres[i].spec, "--where");
	if (h != NULL && pick == PICK_ALL && !header_written) {
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
		check_width(r, rec, col, "-c");
		if (!where_holds(r, rec))
			continue;
		date = parse_field(r, rec, col);
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
		tab = table_new(stdout, !dialect.no_header, out_color());
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
	if (pick != PICK_ALL)
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
	int i, from = 0, to = n;

	for (i = 0; i < n; i++)
		if (datearg_parse(&da, args[i], strlen(args[i]), &date[i], why, sizeof why) != 0)
			diag_die("%s %s", diag_quote(args[i]), why);
	if (pick != PICK_ALL) {
		for (i = 1; i < n; i++)
			if (pick == PICK_LAST ? date[i] > date[from] : date[i] < date[from])
				from = i;
		to = from + 1;
	}
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
		} else {
			printf("%s\n", buf);
		}
		printed++;
	}
	free(date);
}

static void
add_where(const char *arg)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL || eq == arg)
		diag_usage_error("--where: %s is not COLUMN=VALUE", diag_quote(arg));
	wheres = xrealloc(wheres, (nwheres + 1) * sizeof *wheres);
	wheres[nwheres].spec = xstrndup(arg, (size_t)(eq - arg));
	wheres[nwheres].value = eq + 1;
	nwheres++;
}

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: rk-since [--first | --last] [--weeks] [-m list] [-i format]\n"
	    "                [--as name] [--format fmt] [--today date] date...\n"
	    "       rk-since -c column [--where column=value]... [--first | --last]\n"
	    "                [--weeks] [-m list] [-i format] [--as name] [--no-header]\n"
	    "                [-d char | -t] [--format fmt] [--today date] [file...]\n"
	    "Count the days from each date to today (negative for a date to come), or\n"
	    "append the count to each row of CSV, from the dates in one column.\n"
	    "  -c, --column COL       filter mode: the dates are in column COL (a\n"
	    "                         header name or a number from 1)\n"
	    "      --as NAME          name the new column NAME (default: days)\n"
	    "      --where COL=VALUE  only rows whose column COL is exactly VALUE\n"
	    "      --last             only the count since the newest date\n"
	    "      --first            only the count since the oldest date\n"
	    "  -m, --milestones LIST  only counts in LIST (as in 7,30,90); exit 1\n"
	    "                         when there is none\n"
	    "      --weeks            say \"8 weeks 2 days\" instead of 58\n"
	    "  -i, --input-format FMT read dates with strptime(3) format FMT\n"
	    "      --no-header        the first row is data, not column names\n"
	    "  -d, --delimiter C      fields are separated by C (default: a comma)\n"
	    "  -t, --tsv              same as -d tab\n"
	    "      --format FMT       csv, tsv or text (default: counts alone for\n"
	    "                         dates, --last and --first; rows as CSV, or as\n"
	    "                         a table on a terminal)\n"
	    "      --today DATE       count to DATE instead of today (also RK_TODAY)\n"
	    "  -h, --help             show this help\n"
	    "  -V, --version          show the version\n"
	    "A date is YYYY-MM-DD, an ISO 8601 date-time (its local date counts),\n"
	    "today or yesterday.\n");
}

int
main(int argc, char *argv[])
{
	enum { O_AS = 256, O_LAST, O_FIRST, O_WHERE, O_WEEKS, O_NOHEADER, O_FORMAT, O_TODAY };
	static const struct option longopts[] = {
		{ "column", required_argument, NULL, 'c' },
		{ "as", required_argument, NULL, O_AS },
		{ "last", no_argument, NULL, O_LAST },
		{ "first", no_argument, NULL, O_FIRST },
		{ "where", required_argument, NULL, O_WHERE },
		{ "milestones", required_argument, NULL, 'm' },
		{ "weeks", no_argument, NULL, O_WEEKS },
		{ "input-format", required_argument, NULL, 'i' },
		{ "no-header", no_argument, NULL, O_NOHEADER },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "tsv", no_argument, NULL, 't' },
		{ "format", required_argument, NULL, O_FORMAT },
		{ "today", required_argument, NULL, O_TODAY },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *csv_only = NULL;
	char why[160];
	size_t i;
	int ch, picks = 0, selects;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = getopt_long(argc, argv, "c:m:i:d:thV", longopts, NULL)) != -1) {
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
		case O_WHERE:
			add_where(optarg);
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
		case O_NOHEADER:
			dialect.no_header = 1;
			csv_only = "--no-header";
			break;
		case 'd':
			dialect.delim = csv_parse_delim(optarg);
			csv_only = "-d";
			break;
		case 't':
			dialect.delim = '\t';
			csv_only = "-t";
			break;
		case O_FORMAT:
			format = out_format_parse(optarg);
			break;
		case O_TODAY:
			opt_today = optarg;
			break;
		case 'h':
			usage(stdout);
			out_close();
			return 0;
		case 'V':
			printf("rk-since (rekindle) %s\n", RK_VERSION);
			out_close();
			return 0;
		default:
			usage(stderr);
			return RK_EXIT_ERROR;
		}
	}
	if (picks > 1)
		diag_usage_error("--last and --first do not go together");
	if (col_spec == NULL && csv_only != NULL)
		diag_usage_error("%s is for CSV input; it needs -c COLUMN", csv_only);
	if (col_spec == NULL && optind == argc)
		diag_usage_error("no date given (give dates, or -c COLUMN to read them from CSV)");
	da.today = today_days(opt_today);

	if (col_spec != NULL)
		run_filter(argv + optind, argc - optind);
	else
		run_dates(argv + optind, argc - optind);

	selects = nwheres > 0 || pick != PICK_ALL || ms_set;
	for (i = 0; i < nwheres; i++)
		free((char *)wheres[i].spec);
	free(wheres);
	milestones_free(&ms);
	csv_saved_free(&header);
	csv_saved_free(&best);
	flush_and_close();
	/* Like grep: 1 when a selection found nothing to show. */
	return selects && printed == 0 ? 1 : 0;
}
