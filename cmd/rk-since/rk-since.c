/* rk-since: count the days since a date, or since the dates in a CSV column. */
#include <getopt.h>
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
#include "util/arg.h"
#include "util/err.h"
#include "util/settings.h"

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
int
shown(const struct since *o, long days)
{
	return !o->has_milestones || milestones_has(&o->milestones, days);
}

/* Read the date in the N bytes of S into *DATE; -1 with WHY set when it is
 * none.  A date such as 12/01/2026 gets a hint of how to write it. */
int
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
void
say_milestone(const struct since *o, long date, long days, const char *label)
{
	char *buf = xmalloc(128 + (label != NULL ? strlen(label) : 0));

	milestone_words(o, date, days, label, buf, 128 + (label != NULL ? strlen(label) : 0));
	print_fit(buf);
	free(buf);
}

/* --next as text: "next: 60 days since 2026-10-01 on 2026-11-30, in 30
 * days". */
void
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
void
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
			csv_only = "-d";
			break;
		case 't':
			o.dialect.delim = '\t';
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
