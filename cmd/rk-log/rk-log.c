/* rk-log: a private journal of contacts: who started each one, and his signs. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cmd/rk-log/show.h"
#include "core/cal.h"
#include "core/date.h"
#include "core/dateparse.h"
#include "core/quiz.h"
#include "core/signs.h"
#include "core/suggest.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/journal.h"
#include "io/out.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/settings.h"

enum { O_SIGNS = 256, O_CAL, O_MONTHS, O_SINCE, O_WHO, O_FORMAT, O_TODAY, O_UNDO, O_DELETE, O_EDIT,
	O_MONDAY, O_SUNDAY };

static const struct option longopts[] = {
	{ "at",      required_argument, NULL, 'a' },
	{ "sign",    required_argument, NULL, 's' },
	{ "file",    required_argument, NULL, 'f' },
	{ "show",    no_argument,       NULL, 'l' },
	{ "signs",   no_argument,       NULL, O_SIGNS },
	{ "cal",     no_argument,       NULL, O_CAL },
	{ "months",  required_argument, NULL, O_MONTHS },
	{ "monday",  no_argument,       NULL, O_MONDAY },
	{ "sunday",  no_argument,       NULL, O_SUNDAY },
	{ "since",   required_argument, NULL, O_SINCE },
	{ "who",     required_argument, NULL, O_WHO },
	{ "format",  required_argument, NULL, O_FORMAT },
	{ "today",   required_argument, NULL, O_TODAY },
	{ "undo",    no_argument,       NULL, O_UNDO },
	{ "delete",  required_argument, NULL, O_DELETE },
	{ "edit",    no_argument,       NULL, O_EDIT },
	{ "help",    no_argument,       NULL, 'h' },
	{ "version", no_argument,       NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* The options of an event to add. */
struct event {
	const char *at;         /* -a, or NULL for now */
	const char *sign;       /* -s, or NULL */
	const char *today;      /* --today, or NULL */
};

static const struct quiz *
his_signs(void)
{
	const struct quiz *q = quiz_find("his-signs");

	if (q == NULL)
		diag_die("the built-in his-signs quiz is missing");
	return q;
}

/* An unknown --sign: the nearest of his signs, or all of them. */
static _Noreturn void
unknown_sign(const char *name)
{
	const struct quiz *q = his_signs();
	const char *names[16], *near;
	char list[256];
	size_t i, n = 0, used = 0;

	for (i = 0; i < q->ncats && n < 16; i++)
		names[n++] = q->cats[i].name;
	if ((near = suggest_nearest(name, names, n)) != NULL)
		diag_usage_error("--sign: %s is not one of his signs; did you mean %s?",
		    quote(name), near);
	list[0] = '\0';
	for (i = 0; i < q->ncats && used < sizeof list; i++)
		used += (size_t)snprintf(list + used, sizeof list - used, "%s%s",
		    i > 0 ? ", " : "", q->cats[i].name);
	diag_usage_error("--sign: %s is not one of his signs (%s)", quote(name), list);
}

static int
is_who(const char *s)
{
	return strcmp(s, "me") == 0 || strcmp(s, "him") == 0;
}

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

/* The date and time of the event: --at, or now (with the date of --today
 * or RK_TODAY when one is set). */
static void
event_time(const struct event *ev, char date[11], char tbuf[6])
{
	const char *env = getenv("RK_TODAY");
	time_t now = time(NULL);
	struct tm tm;
	struct atarg at;
	long today;
	char why[160], iso[11];

	if (localtime_r(&now, &tm) == NULL)
		diag_die("cannot read the local time");
	if (ev->today != NULL || (env != NULL && *env != '\0'))
		today = today_days(ev->today);
	else
		today = date_from_ymd(tm.tm_year + 1900L, tm.tm_mon + 1, tm.tm_mday);
	if (ev->at == NULL) {
		date_format_iso(today, date);
		snprintf(tbuf, 6, "%02d:%02d", tm.tm_hour, tm.tm_min);
		return;
	}
	if (atarg_parse(ev->at, strlen(ev->at), today, &at, why, sizeof why) != 0) {
		struct datearg da = { NULL, today };

		/* 12/01/2026 is told how to be written, as for every date. */
		datearg_hint(&da, ev->at, strlen(ev->at), 0, why, sizeof why);
		diag_usage_error("--at: %s %s", quote(ev->at), why);
	}
	if (at.days > today) {
		date_format_iso(today, iso);
		diag_usage_error("--at: %s is after today (%s): the journal records what "
		    "happened", quote(ev->at), iso);
	}
	date_format_iso(at.days, date);
	atarg_format_time(&at, tbuf);
}

/* The row of the event ARGS (me|him [channel [note ...]]), checked, as one
 * CSV line in *ROW (free it) of *LEN bytes. */
static void
event_row(const struct event *ev, char **args, int n, char **row, size_t *rowlen)
{
	const char *who = args[0], *channel = n > 1 ? args[1] : "";
	char date[11], tbuf[6], *note;
	size_t len = 1, i;
	struct csv_writer w;
	FILE *fp;

	if (!is_who(who))
		diag_usage_error("%s is not who started the contact (me or him)", quote(who));
	if (ev->sign != NULL && strcmp(who, "him") != 0)
		diag_usage_error("--sign is for his signs: it needs who to be him, not %s",
		    quote(who));
	check_text("the channel", channel);
	/* The words of the note are joined by spaces, so each is checked
	 * alone, and everything is checked before anything is allocated. */
	for (i = 2; i < (size_t)n; i++) {
		check_text("the note", args[i]);
		len += strlen(args[i]) + 1;
	}
	/* Readers refuse a field longer than this: a note they could not
	 * read back would make the whole journal unreadable. */
	if (len - 1 - (n > 2) > CSV_FIELD_MAX)
		diag_die("the note is %zu bytes, more than the %d a journal field can hold",
		    len - 1 - (n > 2), CSV_FIELD_MAX);
	event_time(ev, date, tbuf);

	note = xmalloc(len);
	note[0] = '\0';
	for (i = 2; i < (size_t)n; i++) {
		if (i > 2)
			strcat(note, " ");
		strcat(note, args[i]);
	}
	/* The row is built in memory, so that it can go out in one write. */
	*row = NULL;
	*rowlen = 0;
	if ((fp = open_memstream(row, rowlen)) == NULL) {
		free(note);
		diag_die_errno("cannot build the row");
	}
	csv_writer_init(&w, fp, ',');
	csv_write_row(&w, date, tbuf, who, channel, ev->sign ? ev->sign : "", note, NULL);
	free(note);
	if (fclose(fp) != 0)
		diag_die_errno("cannot build the row");
}

/* --cal's operand: the month YYYY-MM, or the one that holds the day
 * YYYY-MM-DD; a day of it. */
static long
cal_operand(const char *s)
{
	size_t n = strlen(s);
	long days;

	if (n == 7 && s[4] == '-') {
		char day[11];

		memcpy(day, s, 7);
		memcpy(day + 7, "-01", 4);
		if (strspn(s, "0123456789-") == 7 && date_parse_iso(day, 10, &days) == 0)
			return days;
	} else if (n == 10 && date_parse_iso(s, n, &days) == 0)
		return days;
	diag_usage_error("--cal: %s is not a month (YYYY-MM)", quote(s));
}

/* --cal draws the MONTHS months up to the one of DAY, none of them before
 * the year 1. */
static void
check_months(long day, long months)
{
	long y;
	int m, d;

	date_to_ymd(day, &y, &m, &d);
	if (y * 12 + m - 1 - (months - 1) < DATE_MIN_YEAR * 12)
		diag_usage_error("--months: %ld months up to %04ld-%02d go back past the year 1",
		    months, y, m);
}

/* The journal: -f FILE, else RK_JOURNAL or the config's journal, else the
 * default one (its folders made with CREATE). */
static char *
journal_path(struct settings *st, const char *file, int create)
{
	struct rk_error e = { 0 };
	char *path;

	if (file != NULL)
		return xstrdup(file);
	if ((path = settings_path(st, CONFIG_JOURNAL)) != NULL)
		return path;
	if ((path = settings_default_journal(create, &e)) == NULL)
		diag_die_error(&e);
	return path;
}

static void
print_warnings(const struct journal_warnings *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		diag_warn_error(&w->w[i]);
}

/* --edit: the journal PATH, edited on a copy with $VISUAL, $EDITOR or vi,
 * run as git runs it (by sh, so that it may hold options). */
static int
edit_journal(const char *path, struct rk_error *e)
{
	const char *editor = getenv("VISUAL");
	struct journal_snap snap;
	char *cmd;
	pid_t pid;
	int st;

	if (editor == NULL || *editor == '\0')
		editor = getenv("EDITOR");
	if (editor == NULL || *editor == '\0')
		editor = "vi";
	if (journal_edit_begin(path, &snap, e) != 0)
		return -1;
	cmd = xmalloc(strlen(editor) + sizeof " \"$@\"");
	snprintf(cmd, strlen(editor) + sizeof " \"$@\"", "%s \"$@\"", editor);
	fflush(stdout);
	if ((pid = fork()) == -1) {
		int err = errno;

		journal_edit_abort(&snap);
		free(cmd);
		return rk_error_set(e, NULL, 0, "cannot start the editor: %s", strerror(err));
	}
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", cmd, editor, snap.copy, (char *)NULL);
		_exit(127);
	}
	free(cmd);
	while (waitpid(pid, &st, 0) == -1)
		continue;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		journal_edit_abort(&snap);
		return rk_error_set(e, NULL, 0, "the editor %s failed (%s %d); the journal is "
		    "unchanged", quote(editor), WIFEXITED(st) ? "exit status" : "signal",
		    WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st));
	}
	if (journal_edit_end(path, &snap, e) != 0) {
		size_t n = strlen(e->msg);

		snprintf(e->msg + n, sizeof e->msg - n, "; the edit is not applied");
		return -1;
	}
	return 0;
}

static _Noreturn void
usage(void)
{
	fputs("usage: rk-log [-f file] [-a when] [-s sign] [--today date] [--]\n"
	    "              me|him [channel [note ...]]\n"
	    "       rk-log -l | --signs [-f file] [--since date] [--who me|him]\n"
	    "              [--format csv|tsv|text|json] [--today date]\n"
	    "       rk-log --cal [--months n] [--monday | --sunday] [-f file]\n"
	    "              [--since date] [--who me|him] [--today date] [yyyy-mm]\n"
	    "       rk-log --undo | --delete n | --edit [-f file]\n"
	    "Keep a private journal of contacts: who started each one, how, and the\n"
	    "signs he gave.  Without -l or --signs, add one event to the journal.\n"
	    "  me|him            who started the contact\n"
	    "  channel           how: text, call, visit, ... (any word)\n"
	    "  note              what happened; the words are joined by spaces\n"
	    "  --                the end of the options: the words after it are\n"
	    "                    operands, so a note may start with -\n"
	    "                    (rk-log him text -- -s is not a sign)\n"
	    "  -a, --at WHEN     when it happened (default: now): YYYY-MM-DD, an ISO 8601\n"
	    "                    date-time (YYYY-MM-DDTHH:MM, \"YYYY-MM-DD HH:MM\"), today\n"
	    "                    or yesterday\n"
	    "  -s, --sign NAME   the sign he gave (only with him): contact, hangout,\n"
	    "                    company, visits, reminisce, flirt\n"
	    "  -f, --file FILE   the journal (default: RK_JOURNAL, the config file's\n"
	    "                    journal, or $XDG_DATA_HOME/rekindle/contacts.csv)\n"
	    "  -l, --show        print the journal in date and time order (text\n"
	    "                    numbers the entries)\n"
	    "      --signs       print answers to the his-signs quiz, for rk-quiz\n"
	    "      --cal         show the journal as a calendar of this month, with who\n"
	    "                    reached out each day and the no-contact streaks\n"
	    "      --months N    with --cal: the N months up to this one (default 1)\n"
	    "      --monday      with --cal: weeks start on Monday (the default, unless\n"
	    "                    the config file's week-start says sunday)\n"
	    "      --sunday      with --cal: weeks start on Sunday\n"
	    "  yyyy-mm           with --cal: draw that month (or the N months up to\n"
	    "                    it) instead of this one; today stays today\n"
	    "      --undo        remove the last entry added, and print it\n"
	    "      --delete N    remove entry N, as -l numbers it, and print it\n"
	    "      --edit        edit a copy of the journal with $VISUAL or $EDITOR;\n"
	    "                    it replaces the journal only if it is still a journal\n"
	    "      --since DATE  only events on or after DATE (YYYY-MM-DD, an ISO 8601\n"
	    "                    date-time, today or yesterday)\n"
	    "      --who WHO     with -l or --cal: only events started by WHO (me or him)\n"
	    "      --format FMT  csv, tsv, text or json (default: text on a terminal,\n"
	    "                    csv otherwise)\n"
	    "      --today DATE  the date of today (a DATE as for --since; also RK_TODAY)\n"
	    "  -h, --help        show this help\n"
	    "  -V, --version     show the version\n", stdout);
	out_close();
	exit(0);
}

int
main(int argc, char *argv[])
{
	enum { ADD, LIST, SIGNS, CAL, REMOVE, EDIT } mode;
	struct event ev = { NULL, NULL, NULL };
	/* With no --since, every day counts: the years 1 to 9999. */
	struct show s = { LONG_MIN, NULL, OUT_DEFAULT, NULL, 0, 0, 1, 0, CAL_MONDAY };
	struct settings st;
	struct journal_warnings w = { 0 };
	struct rk_error e = { 0 };
	struct journal_reader *journal;
	const char *file = NULL, *since = NULL;
	char *path, *row;
	size_t rowlen;
	int ch, status, list = 0, signs = 0, cal = 0, months = 0, absent = 0, undo = 0;
	/* The first day of --cal's weeks: --monday or --sunday, else the
	 * config's week-start, else Monday. */
	int edit = 0, week_start = CAL_MONDAY, week_opt = 0;
	const char *what;
	long del = 0;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	settings_init(&st);
	while ((ch = arg_next(argc, argv, "a:s:f:lhV", longopts)) != -1) {
		switch (ch) {
		case 'a':
			ev.at = optarg;
			break;
		case 's':
			ev.sign = optarg;
			break;
		case 'f':
			file = optarg;
			break;
		case 'l':
			list = 1;
			break;
		case O_SIGNS:
			signs = 1;
			break;
		case O_CAL:
			cal = 1;
			break;
		case O_MONTHS:
			s.months = numopt_long("--months", optarg, 1, 1200);
			months = 1;
			break;
		case O_MONDAY:
		case O_SUNDAY:
			week_start = ch == O_MONDAY ? CAL_MONDAY : CAL_SUNDAY;
			week_opt = ch;
			break;
		case O_SINCE:
			since = optarg;
			break;
		case O_WHO:
			s.who = optarg;
			break;
		case O_FORMAT:
			s.format = arg_format(optarg);
			break;
		case O_TODAY:
			ev.today = optarg;
			break;
		case O_UNDO:
			undo = 1;
			break;
		case O_EDIT:
			edit = 1;
			break;
		case O_DELETE:
			del = numopt_long("--delete", optarg, 1, 1000000000);
			break;
		case 'h':
			usage();
		case 'V':
			arg_version();
		}
	}

	/* --signs is a way of showing the journal: -l may come with it. */
	mode = cal ? CAL : signs ? SIGNS : list ? LIST : ADD;
	if (undo || del != 0 || edit) {
		what = undo ? "--undo" : del != 0 ? "--delete" : "--edit";
		if (undo + (del != 0) + edit > 1)
			diag_usage_error("--undo, --delete and --edit do not go together");
		if (list || signs || cal)
			diag_usage_error("%s does not go with -l, --signs or --cal", what);
		if (optind < argc)
			diag_usage_error("unexpected argument %s: %s adds nothing",
			    quote(argv[optind]), what);
		if (ev.at != NULL || ev.sign != NULL || since != NULL || s.who != NULL ||
		    s.format != OUT_DEFAULT || months || week_opt)
			diag_usage_error("%s takes only -f", what);
		mode = edit ? EDIT : REMOVE;
	}
	if (cal && (list || signs))
		diag_usage_error("--cal does not go with -l or --signs");
	if (months && !cal)
		diag_usage_error("--months is for --cal");
	if (week_opt && !cal)
		diag_usage_error("%s is for --cal", week_opt == O_MONDAY ? "--monday" :
		    "--sunday");
	if (ev.sign != NULL && sign_index(his_signs(), ev.sign) < 0)
		unknown_sign(ev.sign);
	if (s.who != NULL && !is_who(s.who))
		diag_usage_error("--who: %s is not who started a contact (me or him)",
		    quote(s.who));
	if (ev.today != NULL)
		(void)today_days(ev.today);     /* a bad one is an error, used or not */
	if (file != NULL && *file == '\0')
		diag_usage_error("-f: the journal's name is empty");
	if (mode == EDIT) {
		path = journal_path(&st, file, 0);
		settings_free(&st);
		status = edit_journal(path, &e);
		free(path);
		if (status != 0)
			diag_die_error(&e);
		out_close();
		return 0;
	}
	if (mode == REMOVE) {
		path = journal_path(&st, file, 0);
		settings_free(&st);
		status = journal_remove(path, (size_t)del, &row, &w, &e);
		free(path);
		print_warnings(&w);
		if (status != 0)
			diag_die_error(&e);
		fputs(row, stdout);
		free(row);
		out_close();
		return 0;
	}
	if (mode == ADD) {
		if (optind == argc)
			diag_usage_error("say who started the contact (me or him), "
			    "or give -l to print the journal");
		if (since != NULL || s.who != NULL || s.format != OUT_DEFAULT)
			diag_usage_error("--since, --who and --format are for -l and --signs");
		event_row(&ev, argv + optind, argc - optind, &row, &rowlen);
		path = journal_path(&st, file, 1);
		settings_free(&st);
		status = journal_append(path, row, rowlen, &w, &e);
		free(path);
		free(row);
		print_warnings(&w);
		if (status != 0)
			diag_die_error(&e);
		out_close();
		return 0;
	}

	if (mode == CAL && optind + 1 < argc)
		diag_usage_error("unexpected argument %s: --cal takes one month",
		    quote(argv[optind + 1]));
	if (mode == CAL)
		s.cal_month = optind < argc ? cal_operand(argv[optind++]) : LONG_MIN;
	if (optind < argc)
		diag_usage_error("unexpected argument %s: -l and --signs add nothing",
		    quote(argv[optind]));
	if (ev.at != NULL || ev.sign != NULL)
		diag_usage_error("--at and --sign are for adding an event, not for %s",
		    mode == LIST ? "-l" : mode == CAL ? "--cal" : "--signs");
	if (mode == SIGNS && s.who != NULL)
		diag_usage_error("--who does not go with --signs, which reads both sides");
	if (since != NULL)
		s.since_day = arg_date("--since", since, today_days(ev.today));
	if (mode == CAL) {
		if (s.format != OUT_DEFAULT)
			diag_usage_error("--format does not go with --cal, which draws text");
		s.today = today_days(ev.today);
		if (s.cal_month == LONG_MIN)
			s.cal_month = s.today;
		/* --monday or --sunday, else the config's week-start. */
		if (!week_opt && settings_week_start(&st) == WEEK_SUNDAY)
			week_start = CAL_SUNDAY;
		s.week_start = week_start;
		check_months(s.cal_month, s.months);
	}
	if (mode == SIGNS)
		s.his_signs = his_signs();

	path = journal_path(&st, file, 0);
	settings_free(&st);
	journal = journal_reader_open(path, &absent, &w, &e);
	print_warnings(&w);
	if (journal == NULL)
		diag_die_error(&e);
	/* The first run: an empty journal, and how to start it. */
	if (absent)
		diag_warn("no journal yet at %s; add the first entry with: rk-log%s%s "
		    "me|him [channel [note ...]]", quote_name(path), file != NULL ? " -f " : "",
		    file != NULL ? quote_name(path) : "");
	free(path);
	s.absent = absent;
	if (mode == LIST)
		show_list(journal, &s);
	else if (mode == SIGNS)
		show_signs(journal, &s);
	else
		show_cal(journal, &s);
	journal_reader_close(journal);
	out_close();
	return 0;
}
