/* rk-log: a private journal of contacts: who started each one, and his signs. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd/rk-log/show.h"
#include "cmd/rk-log/sign.h"
#include "core/date.h"
#include "core/dateparse.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/journal.h"
#include "io/out.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/opts.h"

enum mode { M_ADD, M_SHOW, M_SIGNS, M_CAL };

static enum mode mode = M_ADD;
static const char *opt_file, *opt_sign, *opt_at, *opt_today, *opt_since, *opt_who;
static enum out_format format = OUT_DEFAULT;

enum { O_SIGNS = 256, O_SINCE, O_WHO, O_CAL, O_MONTHS };

static const struct opt options[] = {
	{ NULL, OPT_OPERAND, "me|him", "who started the contact", NULL },
	{ NULL, OPT_OPERAND, "channel", "how: text, call, visit, ... (any word)", NULL },
	{ NULL, OPT_OPERAND, "note", "what happened; the words are joined by spaces", NULL },
	{ "at", 'a', "WHEN", "when it happened (default: now): YYYY-MM-DD, "
	    "YYYY-MM-DDTHH:MM, \"YYYY-MM-DD HH:MM\", today or yesterday", "today yesterday" },
	{ "sign", 's', "NAME", "the sign he gave (only with him): {}", "@sign" },
	{ "file", 'f', "FILE", "the journal (default: "
	    "$XDG_DATA_HOME/rekindle/contacts.csv)", "@file" },
	{ "show", 'l', NULL, "print the journal", NULL },
	{ "signs", O_SIGNS, NULL, "print answers to the his-signs quiz, for rk-quiz", NULL },
	{ "cal", O_CAL, NULL, "show the journal as a calendar of this month, with who "
	    "reached out each day and the no-contact streaks", NULL },
	{ "months", O_MONTHS, "N", "with --cal: the N months up to this one (default 1)",
	    NULL },
	{ "since", O_SINCE, "DATE", "only events on or after DATE", NULL },
	{ "who", O_WHO, "WHO", "with -l or --cal: only events started by WHO (me or him)",
	    "me him" },
	OPT_FORMAT("csv, tsv or text (default: text on a terminal, csv otherwise)"),
	OPT_TODAY("the date of today (YYYY-MM-DD; also RK_TODAY)"),
	OPT_HELP,
	OPT_VERSION,
	OPT_END
};

const struct opts_prog rk_log_prog = {
	"rk-log",
	"usage: rk-log [-f file] [-a when] [-s sign] [--today date]\n"
	"              me|him [channel [note ...]]\n"
	"       rk-log -l | --signs [-f file] [--since date] [--who me|him]\n"
	"              [--format csv|tsv|text] [--today date]\n"
	"       rk-log --cal [--months n] [-f file] [--since date] [--who me|him]\n"
	"              [--today date]\n",
	"Keep a private journal of contacts: who started each one, how, and the\n"
	"signs he gave.  Without -l or --signs, add one event to the journal.\n",
	NULL, options, "me him", NULL
};

/* A journal row is one line of UTF-8 text: that keeps a torn append to the
 * last line, and the file readable with grep. */
static void
check_text(const char *what, const char *s)
{
	size_t n = strlen(s);
	long cp;

	if (!utf8_valid(s, n))
		diag_usage_error("%s is not valid UTF-8", what);
	/* U+0085, U+2028 and U+2029 break lines too, for some readers. */
	if ((cp = utf8_control(s, n, "")) >= 0)
		diag_usage_error(cp < 0x80 ? "%s holds a control character (\\x%02lx); "
		    "an entry is one line of text" : "%s holds a control character (U+%04lX); "
		    "an entry is one line of text", what, cp);
}

static int
is_who(const char *s)
{
	return strcmp(s, "me") == 0 || strcmp(s, "him") == 0;
}

/* The date and time of the event: --at, or now (with the date of --today
 * or RK_TODAY when one is set). */
static void
event_time(char date[11], char tbuf[6])
{
	const char *env = getenv("RK_TODAY");
	time_t now = time(NULL);
	struct tm tm;
	struct atarg at;
	long today;
	char why[160], iso[11];

	if (localtime_r(&now, &tm) == NULL)
		diag_die("cannot read the local time");
	if (opt_today != NULL || (env != NULL && *env != '\0'))
		today = today_days(opt_today);
	else
		today = date_from_ymd(tm.tm_year + 1900L, tm.tm_mon + 1, tm.tm_mday);
	if (opt_at == NULL) {
		date_format_iso(today, date);
		snprintf(tbuf, 6, "%02d:%02d", tm.tm_hour, tm.tm_min);
		return;
	}
	if (atarg_parse(opt_at, strlen(opt_at), today, &at, why, sizeof why) != 0)
		diag_usage_error("--at: %s %s", quote(opt_at), why);
	if (at.days > today) {
		date_format_iso(today, iso);
		diag_usage_error("--at: %s is after today (%s): the journal records what "
		    "happened", quote(opt_at), iso);
	}
	date_format_iso(at.days, date);
	atarg_format_time(&at, tbuf);
}

static void
add_event(char **args, int n)
{
	const char *who = args[0], *channel = n > 1 ? args[1] : "";
	char date[11], tbuf[6], *note, *path, *row = NULL;
	size_t len = 1, rowlen = 0, i;
	struct csv_writer w;
	FILE *fp;

	if (!is_who(who))
		diag_usage_error("%s is not who started the contact (me or him)",
		    quote(who));
	if (opt_sign != NULL && strcmp(who, "him") != 0)
		diag_usage_error("--sign is for his signs: it needs who to be him, not %s",
		    quote(who));
	check_text("the channel", channel);
	for (i = 2; i < (size_t)n; i++)
		len += strlen(args[i]) + 1;
	note = xmalloc(len);
	note[0] = '\0';
	for (i = 2; i < (size_t)n; i++) {
		if (i > 2)
			strcat(note, " ");
		strcat(note, args[i]);
	}
	check_text("the note", note);
	/* Readers refuse a field longer than this: a note they could not
	 * read back would make the whole journal unreadable. */
	if (strlen(note) > CSV_FIELD_MAX)
		diag_die("the note is %zu bytes, more than the %d a journal "
		    "field can hold", strlen(note), CSV_FIELD_MAX);
	event_time(date, tbuf);

	/* The row is built in memory, so that it can go out in one write. */
	if ((fp = open_memstream(&row, &rowlen)) == NULL)
		diag_die_errno("cannot build the row");
	csv_writer_init(&w, fp, ',');
	csv_write_row(&w, date, tbuf, who, channel, opt_sign ? opt_sign : "", note, NULL);
	if (fclose(fp) != 0)
		diag_die_errno("cannot build the row");
	free(note);
	path = opt_file != NULL ? xstrdup(opt_file) : journal_default_path(1);
	journal_append(path, row, rowlen);
	free(path);
	free(row);
}

int
main(int argc, char *argv[])
{
	struct datearg da = { NULL, 0 };
	/* With no --since, every day counts: the years 1 to 9999. */
	struct journal_show js = { JS_LIST, NULL, LONG_MIN, NULL, OUT_DEFAULT, 0, 1 };
	int ch, show = 0, signs = 0, cal = 0, months = 0;
	char why[160];

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = opts_next(&rk_log_prog, argc, argv)) != -1) {
		switch (ch) {
		case 'a':
			opt_at = optarg;
			break;
		case 's':
			opt_sign = optarg;
			break;
		case 'f':
			opt_file = optarg;
			break;
		case 'l':
			show = 1;
			break;
		case O_SIGNS:
			signs = 1;
			break;
		case O_CAL:
			cal = 1;
			break;
		case O_MONTHS:
			js.months = numopt_long("--months", optarg, 1, 1200);
			months = 1;
			break;
		case O_SINCE:
			opt_since = optarg;
			break;
		case O_WHO:
			opt_who = optarg;
			break;
		default:
			opts_common(ch, optarg, NULL, &format, &opt_today);
		}
	}

	/* --signs is a way of showing the journal: -l may come with it. */
	mode = cal ? M_CAL : signs ? M_SIGNS : show ? M_SHOW : M_ADD;
	if (cal && (show || signs))
		diag_usage_error("--cal does not go with -l or --signs");
	if (months && !cal)
		diag_usage_error("--months is for --cal");
	if (opt_sign != NULL && journal_sign_index(opt_sign) < 0)
		journal_sign_unknown(opt_sign);
	if (opt_who != NULL && !is_who(opt_who))
		diag_usage_error("--who: %s is not who started a contact (me or him)",
		    quote(opt_who));
	if (opt_today != NULL)
		(void)today_days(opt_today);     /* a bad one is an error, used or not */
	if (opt_file != NULL && *opt_file == '\0')
		diag_usage_error("-f: the journal's name is empty");
	if (mode == M_ADD) {
		if (optind == argc)
			diag_usage_error("say who started the contact (me or him), "
			    "or give -l to print the journal");
		if (opt_since != NULL || opt_who != NULL || format != OUT_DEFAULT)
			diag_usage_error("--since, --who and --format are for -l and --signs");
		add_event(argv + optind, argc - optind);
		out_close();
		return 0;
	}

	if (optind < argc && mode == M_CAL)
		diag_usage_error("unexpected argument %s: --cal adds nothing",
		    quote(argv[optind]));
	if (optind < argc)
		diag_usage_error("unexpected argument %s: -l and --signs add nothing",
		    quote(argv[optind]));
	if (opt_at != NULL || opt_sign != NULL)
		diag_usage_error("--at and --sign are for adding an event, not for %s",
		    mode == M_SHOW ? "-l" : mode == M_CAL ? "--cal" : "--signs");
	if (mode == M_SIGNS && opt_who != NULL)
		diag_usage_error("--who does not go with --signs, which reads both sides");
	if (opt_since != NULL) {
		da.today = today_days(opt_today);
		if (datearg_parse(&da, opt_since, strlen(opt_since), &js.since_day, why,
		    sizeof why) != 0)
			diag_usage_error("--since: %s %s", quote(opt_since), why);
	}
	if (mode == M_CAL) {
		if (format != OUT_DEFAULT)
			diag_usage_error("--format does not go with --cal, which draws text");
		js.today = today_days(opt_today);
	}
	js.mode = mode == M_CAL ? JS_CAL : mode == M_SIGNS ? JS_SIGNS : JS_LIST;
	js.file = opt_file;
	js.who = opt_who;
	js.format = format;
	journal_show(&js);
	out_close();
	return 0;
}
