/* rk-log: a private journal of contacts: who started each one, and his signs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/atarg.h"
#include "lib/cal.h"
#include "lib/csv_reader.h"
#include "lib/csv_writer.h"
#include "lib/date.h"
#include "lib/datearg.h"
#include "lib/diag.h"
#include "lib/journal.h"
#include "lib/numopt.h"
#include "lib/opts.h"
#include "lib/output.h"
#include "lib/quiz.h"
#include "lib/sign_answers.h"
#include "lib/stdfds.h"
#include "lib/streaks.h"
#include "lib/suggest.h"
#include "lib/table.h"
#include "lib/today.h"
#include "lib/wrap.h"

enum mode { M_ADD, M_SHOW, M_SIGNS, M_CAL };

static enum mode mode = M_ADD;
static const char *opt_file, *opt_sign, *opt_at, *opt_today, *opt_since, *opt_who;
static enum out_format format = OUT_DEFAULT;

static const char *const header[J_NFIELDS] = {
	"date", "time", "who", "channel", "sign", "note"
};

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

/* What a read pass keeps: the output, and for --signs what was seen. */
static char *path;
static struct csv_reader *reader;
static struct journal_view view;
static struct csv_writer out;
static struct table *tab;
static long since_day = -1;
static size_t rows_seen, him_rows, *sign_count;
static long first_day;
static char first_time[6], first_who[4];
/* For --cal: the months shown, from the first day of the first, the marks
 * of each day, and the dates of your contacts. */
static long cal_today, cal_first, opt_months = 1;
static unsigned char *cal_marks;
static struct streaks mine;

static const struct quiz *
his_signs(void)
{
	const struct quiz *q = quiz_find("his-signs");

	if (q == NULL)
		diag_die("the built-in his-signs quiz is missing");
	return q;
}

/* "contact, hangout, ..." for messages. */
static const char *
sign_list(void)
{
	static char buf[256];
	const struct quiz *q = his_signs();
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < q->ncats && used < sizeof buf; i++)
		used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s",
		    i > 0 ? ", " : "", q->cats[i].name);
	return buf;
}

static long
sign_index(const char *name)
{
	const struct quiz *q = his_signs();
	size_t i;

	for (i = 0; i < q->ncats; i++)
		if (strcmp(q->cats[i].name, name) == 0)
			return (long)i;
	return -1;
}

/* An unknown --sign: the nearest of his signs, or all of them. */
static _Noreturn void
bad_sign(const char *name)
{
	const struct quiz *q = his_signs();
	const char *names[16], *near;
	size_t i, n = 0;

	for (i = 0; i < q->ncats && n < 16; i++)
		names[n++] = q->cats[i].name;
	if ((near = suggest_nearest(name, names, n)) != NULL)
		diag_usage_error("--sign: %s is not one of his signs; did you mean %s?",
		    diag_quote(name), near);
	diag_usage_error("--sign: %s is not one of his signs (%s)", diag_quote(name),
	    sign_list());
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
		diag_usage_error("--at: %s %s", diag_quote(opt_at), why);
	if (at.days > today) {
		date_format_iso(today, iso);
		diag_usage_error("--at: %s is after today (%s): the journal records what "
		    "happened", diag_quote(opt_at), iso);
	}
	date_format_iso(at.days, date);
	atarg_format_time(&at, tbuf);
}

static void
add_event(char **args, int n)
{
	const char *who = args[0], *channel = n > 1 ? args[1] : "";
	char date[11], tbuf[6], *note, *row = NULL;
	size_t len = 1, rowlen = 0, i;
	struct csv_writer w;
	FILE *fp;

	if (!is_who(who))
		diag_usage_error("%s is not who started the contact (me or him)",
		    diag_quote(who));
	if (opt_sign != NULL && strcmp(who, "him") != 0)
		diag_usage_error("--sign is for his signs: it needs who to be him, not %s",
		    diag_quote(who));
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
	free(row);
}

static void
emit(const char *const *f, const size_t *len, size_t nf)
{
	size_t i;

	if (tab != NULL) {
		table_add(tab, f, len, nf);
		return;
	}
	for (i = 0; i < nf; i++)
		csv_write_field(&out, f[i], len[i]);
	csv_write_end(&out);
	out_check();
}

static void
emit_header(void)
{
	size_t len[J_NFIELDS], i;

	for (i = 0; i < J_NFIELDS; i++)
		len[i] = strlen(header[i]);
	emit(header, len, J_NFIELDS);
}

/* For --signs: the sign counts, and who started the earliest contact. */
static void
tally(const struct csv_record *rec, long day)
{
	const char *t = rec->f[J_TIME];
	long s;

	if (rows_seen++ == 0 || day < first_day ||
	    (day == first_day && strcmp(t, first_time) < 0)) {
		first_day = day;
		snprintf(first_time, sizeof first_time, "%s", t);
		snprintf(first_who, sizeof first_who, "%s", rec->f[J_WHO]);
	}
	if (strcmp(rec->f[J_WHO], "him") != 0)
		return;
	him_rows++;
	if (rec->len[J_SIGN] > 0 && (s = sign_index(rec->f[J_SIGN])) >= 0)
		sign_count[s]++;
}

/* --cal: your contacts make the streaks, those --who keeps the marks.
 * Days after today have not come yet, as the calendar stands. */
static void
cal_note(const char *who, long day)
{
	int me = strcmp(who, "me") == 0;

	if (day > cal_today)
		return;
	if (me)
		streaks_add(&mine, day);
	if (day >= cal_first && (opt_who == NULL || strcmp(who, opt_who) == 0))
		cal_marks[day - cal_first] |= me ? CAL_ME : CAL_HIM;
}

static void
read_journal(void)
{
	const struct csv_record *h, *rec;
	struct csv_dialect d = { ',', 0 };
	char why[200];
	long day;
	size_t i;

	path = opt_file != NULL ? xstrdup(opt_file) : journal_default_path(0);
	journal_view_open(path, &view);
	reader = csv_reader_open_mem(path, view.data, view.len, &d);
	if ((h = csv_reader_header(reader)) != NULL) {
		for (i = 0; i < J_NFIELDS && h->nf == J_NFIELDS; i++)
			if (strcmp(h->f[i], header[i]) != 0)
				break;
		if (i < J_NFIELDS)
			csv_reader_die(reader, h, "not a contact journal (its header "
			    "should be " JOURNAL_HEADER ")");
	}
	if (mode == M_SHOW)
		emit_header();
	while ((rec = csv_reader_next(reader)) != NULL) {
		if (journal_row_check((const char *const *)rec->f, rec->len, &day, why,
		    sizeof why) != NULL)
			csv_reader_die(reader, rec, "%s", why);
		if (day < since_day)
			continue;
		if (mode == M_CAL) {
			cal_note(rec->f[J_WHO], day);
			continue;
		}
		if (opt_who != NULL && strcmp(rec->f[J_WHO], opt_who) != 0)
			continue;
		if (mode == M_SIGNS)
			tally(rec, day);
		else
			emit((const char *const *)rec->f, rec->len, rec->nf);
	}
	csv_reader_close(reader);
	reader = NULL;
	journal_view_close(&view);
}

/* --signs: the journal as answers to the his-signs quiz (lib/sign_answers.h). */
static void
print_signs(void)
{
	const struct quiz *q = his_signs();
	struct sign_tally tally;
	const char *f[2];
	size_t len[2], i;

	sign_count = xcalloc(q->ncats, sizeof *sign_count);
	read_journal();
	f[0] = "question", f[1] = "answer";
	len[0] = 8, len[1] = 6;
	emit(f, len, 2);
	tally.count = sign_count;
	tally.rows = rows_seen;
	tally.him_rows = him_rows;
	tally.first_is_him = strcmp(first_who, "him") == 0;
	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];
		int yes = sign_answer(q, it, &tally);

		if (yes < 0)
			continue;
		f[0] = it->id;
		f[1] = yes ? "yes" : "no";
		len[0] = strlen(f[0]);
		len[1] = strlen(f[1]);
		emit(f, len, 2);
	}
	free(sign_count);
}

/* --cal: the months up to today's, one under the other, then the legend
 * and the streaks. */
static void
print_cal(void)
{
	char buf[CAL_TEXT_MAX];
	long y, m0, last, i;
	int m, d;

	date_to_ymd(cal_today, &y, &m, &d);
	m0 = y * 12 + m - 1 - (opt_months - 1);
	if (m0 < DATE_MIN_YEAR * 12)
		diag_usage_error("--months: %ld months up to %04ld-%02d go back past "
		    "the year 1", opt_months, y, m);
	cal_first = date_from_ymd(m0 / 12, (int)(m0 % 12) + 1, 1);
	last = date_from_ymd(y, m, date_month_days(y, m));
	cal_marks = xcalloc((size_t)(last - cal_first + 1), 1);
	read_journal();
	streaks_sort(&mine, cal_today);
	for (i = 0; i < opt_months; i++) {
		long my = (m0 + i) / 12, start;
		int mm = (int)((m0 + i) % 12) + 1;

		start = date_from_ymd(my, mm, 1);
		fwrite(buf, 1, cal_month(my, mm, cal_marks + (start - cal_first),
		    i + 1 == opt_months ? d : 0, out_color(), buf, sizeof buf), stdout);
		putchar('\n');
		out_check();
	}
	fwrite(buf, 1, cal_legend(out_color(), buf, sizeof buf), stdout);
	fwrite(buf, 1, cal_streaks(&mine, cal_today, buf, sizeof buf), stdout);
	free(cal_marks);
	streaks_free(&mine);
}

int
main(int argc, char *argv[])
{
	struct datearg da = { NULL, 0 };
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
			opt_months = numopt_long("--months", optarg, 1, 1200);
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
	if (opt_sign != NULL && sign_index(opt_sign) < 0)
		bad_sign(opt_sign);
	if (opt_who != NULL && !is_who(opt_who))
		diag_usage_error("--who: %s is not who started a contact (me or him)",
		    diag_quote(opt_who));
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
		free(path);
		out_close();
		return 0;
	}

	if (optind < argc && mode == M_CAL)
		diag_usage_error("unexpected argument %s: --cal adds nothing",
		    diag_quote(argv[optind]));
	if (optind < argc)
		diag_usage_error("unexpected argument %s: -l and --signs add nothing",
		    diag_quote(argv[optind]));
	if (opt_at != NULL || opt_sign != NULL)
		diag_usage_error("--at and --sign are for adding an event, not for %s",
		    mode == M_SHOW ? "-l" : mode == M_CAL ? "--cal" : "--signs");
	if (mode == M_SIGNS && opt_who != NULL)
		diag_usage_error("--who does not go with --signs, which reads both sides");
	if (opt_since != NULL) {
		da.today = today_days(opt_today);
		if (datearg_parse(&da, opt_since, strlen(opt_since), &since_day, why,
		    sizeof why) != 0)
			diag_usage_error("--since: %s %s", diag_quote(opt_since), why);
	}
	if (mode == M_CAL) {
		if (format != OUT_DEFAULT)
			diag_usage_error("--format does not go with --cal, which draws text");
		cal_today = today_days(opt_today);
		print_cal();
		free(path);
		out_close();
		return 0;
	}
	if (out_format_resolve(format) == OUT_TEXT)
		tab = table_new(stdout, 1, out_color());
	else
		csv_writer_init(&out, stdout, out_format_resolve(format) == OUT_TSV ?
		    '\t' : ',');
	if (mode == M_SHOW)
		read_journal();
	else
		print_signs();
	table_finish(tab);
	free(path);
	out_close();
	return 0;
}
