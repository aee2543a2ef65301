/* rk-since: count the days since a date, or since the dates in a CSV column. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-since/filter.h"
#include "core/date.h"
#include "core/dateparse.h"
#include "core/since.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/out.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/opts.h"

static const char *col_spec, *as_name = "days", *opt_today;
static enum since_pick pick = PICK_ALL;
static int weeks, ms_set, streaks_on;
static struct milestones ms;
static struct csv_wheres wheres;
static enum out_format format = OUT_DEFAULT;
static struct csv_dialect dialect = { ',', 0 };
static struct datearg da;
static struct csv_writer w;
static size_t printed;        /* dates written */

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

static void
flush_and_close(void)
{
	csv_writer_flush(&w);
	out_close();
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
			diag_die("%s %s", quote(args[i]), why);
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
	struct rk_error e = { 0 };
	char why[160];
	int ch, picks = 0, selects, rc;

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
			if (csv_where_add(&wheres, optarg, "--where", &e) < 0)
				diag_die_error(&e);
			csv_only = "--where";
			break;
		case 'm':
			if (ms_set)
				milestones_free(&ms);
			rc = milestones_parse(optarg, &ms, why, sizeof why);
			if (rc == -2)
				diag_die("out of memory");
			if (rc != 0)
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
		diag_usage_error("--as: --streaks already writes a column %s", quote(as_name));
	if (col_spec == NULL && csv_only != NULL)
		diag_usage_error("%s is for CSV input; it needs -c COLUMN", csv_only);
	if (col_spec == NULL && optind == argc)
		diag_usage_error("no date given (give dates, or -c COLUMN to read them from CSV)");
	da.today = today_days(opt_today);

	if (col_spec != NULL) {
		struct since_filter sf = { col_spec, as_name, pick, weeks, streaks_on,
		    ms_set ? &ms : NULL, &wheres, format, dialect, &da };

		printed = since_filter(&sf, argv + optind, argc - optind);
	} else
		run_dates(argv + optind, argc - optind);

	selects = wheres.n > 0 || pick != PICK_ALL || ms_set || streaks_on;
	csv_where_free(&wheres);
	milestones_free(&ms);
	flush_and_close();
	/* Like grep: 1 when a selection found nothing to show. */
	return selects && printed == 0 ? 1 : 0;
}
