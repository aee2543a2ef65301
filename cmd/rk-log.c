/* rk-log: a private journal of contacts: who started each one, and his signs. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/atarg.h"
#include "lib/csv_reader.h"
#include "lib/csv_writer.h"
#include "lib/date.h"
#include "lib/datearg.h"
#include "lib/diag.h"
#include "lib/journal.h"
#include "lib/output.h"
#include "lib/quiz.h"
#include "lib/sign_answers.h"
#include "lib/stdfds.h"
#include "lib/table.h"
#include "lib/today.h"
#include "lib/wrap.h"

enum mode { M_ADD, M_SHOW, M_SIGNS };

static enum mode mode = M_ADD;
static const char *opt_file, *opt_sign, *opt_at, *opt_today, *opt_since, *opt_who;
static enum out_format format = OUT_DEFAULT;

static const char *const header[J_NFIELDS] = {
	"date", "time", "who", "channel", "sign", "note"
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

static const struct quiz *
his_signs(void)
{
	const struct quiz *q = quiz_find("his-signs");

	if (q == NULL)
		diag_die("the built-in his-signs quiz is missing");
	return q;
}

/* "contact, hangout, ..." for messages and --help. */
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

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: rk-log [-f file] [-a when] [-s sign] [--today date]\n"
	    "              me|him [channel [note ...]]\n"
	    "       rk-log -l | --signs [-f file] [--since date] [--who me|him]\n"
	    "              [--format csv|tsv|text] [--today date]\n"
	    "Keep a private journal of contacts: who started each one, how, and the\n"
	    "signs he gave.  Without -l or --signs, add one event to the journal.\n"
	    "  me|him               who started the contact\n"
	    "  channel              how: text, call, visit, ... (any word)\n"
	    "  note                 what happened; the words are joined by spaces\n"
	    "  -a, --at WHEN        when it happened: YYYY-MM-DD, YYYY-MM-DDTHH:MM,\n"
	    "                       \"YYYY-MM-DD HH:MM\", today or yesterday (default: now)\n"
	    "  -s, --sign NAME      the sign he gave (only with him): %s\n"
	    "  -f, --file FILE      the journal (default:\n"
	    "                       $XDG_DATA_HOME/rekindle/contacts.csv)\n"
	    "  -l, --show           print the journal\n"
	    "      --signs          print answers to the his-signs quiz, for rk-quiz\n"
	    "      --since DATE     only events on or after DATE\n"
	    "      --who WHO        with -l: only events started by WHO (me or him)\n"
	    "      --format FMT     csv, tsv or text (default: text on a terminal,\n"
	    "                       csv otherwise)\n"
	    "      --today DATE     the date of today (YYYY-MM-DD; also RK_TODAY)\n"
	    "  -h, --help           show this help\n"
	    "  -V, --version        show the version\n", sign_list());
}

int
main(int argc, char *argv[])
{
	enum { O_SIGNS = 256, O_SINCE, O_WHO, O_FORMAT, O_TODAY };
	static const struct option longopts[] = {
		{ "at", required_argument, NULL, 'a' },
		{ "sign", required_argument, NULL, 's' },
		{ "file", required_argument, NULL, 'f' },
		{ "show", no_argument, NULL, 'l' },
		{ "signs", no_argument, NULL, O_SIGNS },
		{ "since", required_argument, NULL, O_SINCE },
		{ "who", required_argument, NULL, O_WHO },
		{ "format", required_argument, NULL, O_FORMAT },
		{ "today", required_argument, NULL, O_TODAY },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct datearg da = { NULL, 0 };
	int ch, show = 0, signs = 0;
	char why[160];

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = getopt_long(argc, argv, "a:s:f:lhV", longopts, NULL)) != -1) {
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
		case O_SINCE:
			opt_since = optarg;
			break;
		case O_WHO:
			opt_who = optarg;
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
			printf("rk-log (rekindle) %s\n", RK_VERSION);
			out_close();
			return 0;
		default:
			usage(stderr);
			return RK_EXIT_ERROR;
		}
	}

	/* --signs is a way of showing the journal: -l may come with it. */
	mode = signs ? M_SIGNS : show ? M_SHOW : M_ADD;
	if (opt_sign != NULL && sign_index(opt_sign) < 0)
		diag_usage_error("--sign: %s is not one of his signs (%s)",
		    diag_quote(opt_sign), sign_list());
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

	if (optind < argc)
		diag_usage_error("unexpected argument %s: -l and --signs add nothing",
		    diag_quote(argv[optind]));
	if (opt_at != NULL || opt_sign != NULL)
		diag_usage_error("--at and --sign are for adding an event, not for %s",
		    mode == M_SHOW ? "-l" : "--signs");
	if (mode == M_SIGNS && opt_who != NULL)
		diag_usage_error("--who does not go with --signs, which reads both sides");
	if (opt_since != NULL) {
		da.today = today_days(opt_today);
		if (datearg_parse(&da, opt_since, strlen(opt_since), &since_day, why,
		    sizeof why) != 0)
			diag_usage_error("--since: %s %s", diag_quote(opt_since), why);
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
