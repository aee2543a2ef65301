/* rk-ready: are you ready to try again, and if not, what is missing? */
#include <sys/stat.h>

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/date.h"
#include "core/quiz.h"
#include "core/ready.h"
#include "core/text.h"
#include "io/answers.h"
#include "io/csv_writer.h"
#include "io/journal.h"
#include "io/out.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/settings.h"

enum { O_SINCE = 256, O_DAYS, O_MIN_DAYS, O_MIN_SIGNS, O_JOURNAL, O_NO_HEADER, O_FORMAT,
	O_TODAY };

static const struct option longopts[] = {
	{ "since", required_argument, NULL, O_SINCE },
	{ "days", required_argument, NULL, O_DAYS },
	{ "min-days", required_argument, NULL, O_MIN_DAYS },
	{ "min-signs", required_argument, NULL, O_MIN_SIGNS },
	{ "journal", required_argument, NULL, O_JOURNAL },
	{ "quiet", no_argument, NULL, 'q' },
	{ "delimiter", required_argument, NULL, 'd' },
	{ "tsv", no_argument, NULL, 't' },
	{ "no-header", no_argument, NULL, O_NO_HEADER },
	{ "format", required_argument, NULL, O_FORMAT },
	{ "today", required_argument, NULL, O_TODAY },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

/* rk-log's journal, when it exists: RK_JOURNAL or the config's, else the
 * default one.  His signs are read from it. */
static char *
default_journal(struct settings *set)
{
	struct stat st;
	char *path;

	if ((path = settings_path(set, CONFIG_JOURNAL)) == NULL &&
	    (path = settings_default_journal(0, NULL)) == NULL)
		return NULL;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return path;
	free(path);
	return NULL;
}

/* The his-signs outcome of VALUES (his-signs answers from the files),
 * with the journal's: an item either says yes to is yes. */
static const char *
his_outcome(const struct quiz *hq, const short *values, const char *journal)
{
	struct quiz_result res[READY_MAX_CHECKS], total;
	const struct quiz_outcome *o;
	short v[256];
	int j[256], status;
	size_t i;

	if (hq->nitems > sizeof v / sizeof v[0] || hq->ncats > READY_MAX_CHECKS)
		diag_die("the built-in his-signs quiz is too large");
	memcpy(v, values, hq->nitems * sizeof v[0]);
	if (journal != NULL) {
		struct journal_warnings w = { 0 };
		struct rk_error e = { 0 };
		struct journal_reader *r = journal_reader_open(journal, NULL, &w, &e);

		for (i = 0; i < w.n; i++)
			diag_warn_error(&w.w[i]);
		if (r == NULL)
			diag_die_error(&e);
		status = journal_sign_answers(r, hq, LONG_MIN, j, &e);
		journal_reader_close(r);
		if (status != 0)
			diag_die_error(&e);
		for (i = 0; i < hq->nitems; i++)
			if (j[i] == 1 || (j[i] == 0 && v[i] == QUIZ_NO_ANSWER))
				v[i] = (short)j[i];
	}
	quiz_score(hq, v, res);
	quiz_total(res, hq->ncats, &total);
	o = quiz_outcome_of(hq, &total);
	return o != NULL ? o->name : NULL;
}

static const struct quiz *
builtin(const char *name)
{
	const struct quiz *q = quiz_find(name);

	if (q == NULL)
		diag_die("the built-in %s quiz is missing", name);
	return q;
}

/* A check's title, or its name. */
static const char *
title_of(const struct ready_check *c)
{
	return c->cat->title[0] ? c->cat->title : c->cat->name;
}

/* What a requirement needs: "compromise.work", or for a group of
 * alternatives "fixable.phase or fixable.misread". */
static void
requirement_names(const struct ready_check *c, const struct quiz_item *it, char *buf,
    size_t n)
{
	const struct quiz *q = c->quiz;
	size_t i, used = 0, k = 0, count = 0;

	buf[0] = '\0';
	if (strcmp(it->require, "yes") == 0) {
		snprintf(buf, n, "%s", it->id);
		return;
	}
	for (i = 0; i < q->nitems; i++)
		count += q->items[i].cat == it->cat && strcmp(q->items[i].require,
		    it->require) == 0;
	for (i = 0; i < q->nitems && used < n; i++) {
		if (q->items[i].cat != it->cat || strcmp(q->items[i].require, it->require) != 0)
			continue;
		k++;
		used += (size_t)snprintf(buf + used, n - used, "%s%s",
		    k == 1 ? "" : k == count ? " or " : ", ", q->items[i].id);
	}
}

/* "45 days since 2026-10-01, 30 needed", then what the time answers add:
 * "; the answers agree: 3 of 3", ", but time.healed says not yet" or "; not
 * answered: time.healed" (the calendar's need left out when the answers
 * say not yet and it is met). */
static void
time_detail(const struct ready_input *in, const long *since, const struct ready_check *c,
    char *buf, size_t n)
{
	char s[32], m[32], day[11], need[32], req[200];
	size_t used;

	snprintf(need, sizeof need, ", %ld needed", in->min_days);
	if (since != NULL)
		date_format_iso(*since, day);
	used = (size_t)snprintf(buf, n, "%ld day%s%s%s%s", in->days, in->days == 1 ? "" : "s",
	    since != NULL ? " since " : "", since != NULL ? day : "",
	    c->against != NULL && !c->calendar_short ? "" : need);
	if (used >= n)
		return;
	if (c->against != NULL) {
		requirement_names(c, c->against, req, sizeof req);
		snprintf(buf + used, n - used, "%s %s says not yet",
		    c->calendar_short ? ", and" : ", but", req);
	} else if (c->missing != NULL) {
		requirement_names(c, c->missing, req, sizeof req);
		snprintf(buf + used, n - used, "; not answered: %s", req);
	} else if (c->res.answered > 0)
		snprintf(buf + used, n - used, "; the answers agree: %s of %s",
		    quiz_format_points(c->res.score, s, sizeof s),
		    quiz_format_points(c->res.max, m, sizeof m));
}

/* The detail of a check: what holds, what is missing, in plain words. */
static const char *
check_detail(const struct ready_input *in, const long *since, const struct ready_check *c,
    char *buf, size_t n)
{
	char s[32], m[32], req[200];

	if (c->veto != NULL) {
		snprintf(buf, n, "%s", c->veto->veto);
	} else if (c->by_calendar) {
		time_detail(in, since, c, buf, n);
	} else if (c->against != NULL) {
		requirement_names(c, c->against, req, sizeof req);
		snprintf(buf, n, strcmp(c->against->require, "yes") == 0 ?
		    "%s: %s must hold, and does not" : "%s: %s: one must hold, and none does",
		    title_of(c), req);
	} else if (c->missing != NULL) {
		requirement_names(c, c->missing, req, sizeof req);
		snprintf(buf, n, "%s: not answered: %s", title_of(c), req);
	} else if (c->status == CHECK_UNKNOWN) {
		snprintf(buf, n, "%s: not answered", title_of(c));
	} else {
		snprintf(buf, n, "%s: %s of %s%s%s", title_of(c),
		    quiz_format_points(c->res.score, s, sizeof s),
		    quiz_format_points(c->res.max, m, sizeof m),
		    c->counted_against != NULL ? "; against it: " : "",
		    c->counted_against != NULL ? c->counted_against->id : "");
	}
	return buf;
}

/* The names of the checks with status ST, as "fixable, motive". */
static void
list_names(const struct ready_result *res, enum check_status st, char *buf, size_t n)
{
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < res->n && used < n; i++) {
		const struct ready_check *c = &res->checks[i];
		size_t j;
		int twice = 0;

		if (c->status != st)
			continue;
		/* "fixable" is both a question and a sign: say which. */
		for (j = 0; j < res->n; j++)
			twice |= j != i && strcmp(res->checks[j].cat->name, c->cat->name) == 0;
		used += (size_t)snprintf(buf + used, n - used, "%s%s%s", used ? ", " : "",
		    c->cat->name, !twice ? "" : c->quiz == res->checks[0].quiz ?
		    " (question)" : " (sign)");
	}
}

/* Why the verdict is what it is, as the detail of the CSV verdict row. */
static const char *
verdict_detail(const struct ready_input *in, const struct ready_result *res, char *buf,
    size_t n)
{
	char fail[256], unknown[256], day[11];
	size_t used;

	switch (res->verdict) {
	case VERDICT_READY:
		snprintf(buf, n, "the three questions pass and %d of %d signs hold",
		    res->signs_held, res->signs_total);
		break;
	case VERDICT_WAIT:
		if (res->ready_on > date_from_ymd(DATE_MAX_YEAR, 12, 31)) {
			snprintf(buf, n, "ready in %ld days, after %d-12-31",
			    res->ready_on - in->today, DATE_MAX_YEAR);
			break;
		}
		date_format_iso(res->ready_on, day);
		snprintf(buf, n, "ready on %s, when %ld days have passed", day, in->min_days);
		break;
	default:
		if (res->veto != NULL) {
			snprintf(buf, n, "%s (%s)", res->veto->veto, res->veto->id);
			break;
		}
		list_names(res, CHECK_FAIL, fail, sizeof fail);
		list_names(res, CHECK_UNKNOWN, unknown, sizeof unknown);
		used = 0;
		buf[0] = '\0';
		if (fail[0])
			used += (size_t)snprintf(buf, n, "not holding: %s", fail);
		if (unknown[0] && used < n)
			used += (size_t)snprintf(buf + used, n - used, "%snot answered: %s",
			    used ? "; " : "", unknown);
		if (res->signs_held < in->min_signs && used < n)
			snprintf(buf + used, n - used, "%sonly %d of %d signs hold, %ld needed",
			    used ? "; " : "", res->signs_held, res->signs_total, (long)in->min_signs);
	}
	return buf;
}

/* The next step: the article's steps in order, never skipping one. */
static const char *
next_sentence(const struct ready_input *in, const struct ready_result *res, char *buf,
    size_t n)
{
	const char *his = in->his_outcome;
	char fail[256], unknown[256], day[11];
	size_t used = 0;

	switch (res->verdict) {
	case VERDICT_READY:
		if (res->next_step == 7) {
			snprintf(buf, n, "His signs are clear: ask him on a date, but do not "
			    "commit yet; talk through what did not fit.");
			break;
		}
		snprintf(buf, n, "%s Begin the steps: keep the plan to yourself, do not "
		    "start contact, be his friend, and watch for clear signs.",
		    his == NULL ? "His signs are not known yet." :
		    strcmp(his, "none") == 0 ? "He has shown no signs yet." :
		    "His signs are weak so far.");
		break;
	case VERDICT_WAIT:
		date_format_iso(res->ready_on, day);
		snprintf(buf, n, "Until %s, keep the plan to yourself and do not start "
		    "contact; then ask again.", res->ready_on >
		    date_from_ymd(DATE_MAX_YEAR, 12, 31) ? "a day after 9999-12-31" : day);
		break;
	default:
		if (res->veto != NULL) {
			snprintf(buf, n, "Do not start the steps: this would come back the "
			    "second time around.");
			break;
		}
		list_names(res, CHECK_FAIL, fail, sizeof fail);
		list_names(res, CHECK_UNKNOWN, unknown, sizeof unknown);
		buf[0] = '\0';
		if (fail[0])
			used += (size_t)snprintf(buf, n, "Work on what does not hold yet (%s)",
			    fail);
		if (unknown[0] && used < n)
			used += (size_t)snprintf(buf + used, n - used, "%s answer what is not "
			    "known (%s)", used ? ", and" : "First", unknown);
		if (used == 0)
			used += (size_t)snprintf(buf, n, "Work on the signs that do not hold");
		if (used < n)
			snprintf(buf + used, n - used, " before you begin the steps.");
	}
	return buf;
}

/* The checks, the next step and the verdict as rows check,status,detail.
 * SINCE is the day of the break-up given with --since, or NULL. */
static void
write_csv(const struct ready_input *in, const long *since, const struct ready_result *res,
    enum out_format format)
{
	struct csv_writer w;
	char buf[512], step[8];
	size_t i;

	csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
	if (format == OUT_JSON)
		csv_writer_json(&w, 1);
	csv_write_row(&w, "check", "status", "detail", NULL);
	for (i = 0; i < res->n; i++) {
		const struct ready_check *c = &res->checks[i];

		csv_write_row(&w, c->cat->name, check_status_name(c->status),
		    check_detail(in, since, c, buf, sizeof buf), NULL);
	}
	snprintf(step, sizeof step, "%d", res->next_step);
	csv_write_row(&w, "next", res->next_step ? step : "",
	    next_sentence(in, res, buf, sizeof buf), NULL);
	csv_write_row(&w, "verdict", verdict_name(res->verdict),
	    verdict_detail(in, res, buf, sizeof buf), NULL);
	csv_writer_free(&w);
}

/* S wrapped to the terminal's width. */
static void
wrap_print(const char *s)
{
	size_t off, len, used, s_len = strlen(s);

	while ((used = wrap_next(s, s_len, (size_t)out_term_width(), &off, &len)) > 0) {
		printf("%.*s\n", (int)len, s + off);
		s += used;
		s_len -= used;
	}
}

/* The checks as a checklist, then the verdict and the next step as
 * sentences wrapped to the terminal. */
static void
write_text(const struct ready_input *in, const long *since, const struct ready_result *res)
{
	static const char *const mark[] = { "[x]", "[ ]", "[?]" };
	static const char *const paint[] = { "\033[32m", "\033[31m", "\033[33m" };
	int color = out_color();
	char buf[512], why[400], day[11];
	size_t i, used;

	for (i = 0; i < res->n; i++) {
		const struct ready_check *c = &res->checks[i];

		const char *d = check_detail(in, since, c, buf, sizeof buf);
		size_t width = (size_t)out_term_width(), n = strlen(d), off, len, hang;
		int first;

		/* A detail too long for the line wraps under itself, or on the
		 * next lines four columns in when that leaves it too little room. */
		hang = width >= 16 + 20 || 16 + text_width(d, n) <= width ? 16 : 4;
		printf("%s%s%s %-*s", color ? paint[c->status] : "", mark[c->status],
		    color ? "\033[0m" : "", hang == 16 ? 12 : 0, c->cat->name);
		if (16 + text_width(d, n) <= width || n == 0) {
			printf("%s\n", d);
			continue;
		}
		first = hang == 16;
		if (!first)
			putchar('\n');
		while ((used = wrap_next(d, n, width > hang + 1 ? width - hang : 1, &off,
		    &len)) > 0) {
			printf("%*s%.*s\n", first ? 0 : (int)hang, "", (int)len, d + off);
			d += used;
			n -= used;
			first = 0;
		}
	}
	putchar('\n');
	switch (res->verdict) {
	case VERDICT_READY:
		snprintf(buf, sizeof buf, "Ready: the three questions pass and %d of %d signs "
		    "hold, both required ones among them.",
		    res->signs_held, res->signs_total);
		break;
	case VERDICT_WAIT:
		if (res->ready_on > date_from_ymd(DATE_MAX_YEAR, 12, 31)) {
			snprintf(buf, sizeof buf, "Wait: everything else is in place, but give "
			    "it time. You will be ready in %ld days, after %d-12-31.",
			    res->ready_on - in->today, DATE_MAX_YEAR);
			break;
		}
		date_format_iso(res->ready_on, day);
		snprintf(buf, sizeof buf, "Wait: everything else is in place, but give it time. "
		    "You will be ready on %s, in %ld day%s.", day, res->ready_on - in->today,
		    res->ready_on - in->today == 1 ? "" : "s");
		break;
	default:
		if (res->veto != NULL) {
			snprintf(buf, sizeof buf, "Not ready: %s", res->veto->veto);
			break;
		}
		verdict_detail(in, res, why, sizeof why);
		why[0] = (char)(why[0] == 'n' ? 'N' : why[0] == 'o' ? 'O' : why[0]);
		snprintf(buf, sizeof buf, "Not ready. %s.", why);
	}
	wrap_print(buf);
	snprintf(why, sizeof why, "Next%s%s: ", res->next_step ? ", step " : "",
	    res->next_step == 7 ? "7" : res->next_step == 1 ? "1" : "");
	used = strlen(why);
	next_sentence(in, res, why + used, sizeof why - used);
	wrap_print(why);
}

static void
usage(FILE *fp)
{
	fputs(
	    "usage: rk-ready [-q] [--since date | --days n] [--min-days n] [--min-signs n]\n"
	    "                [--journal file] [-d char | -t] [--no-header]\n"
	    "                [--format csv|tsv|text|json] [--today date] [answers ...]\n"
	    "Decide from answers to the qualify and signs quizzes whether you are ready\n"
	    "to try again, and if not, what is missing; then the next step, from his\n"
	    "signs (his-signs answers, or the journal).\n"
	    "      --since DATE    the day of the break-up: the calendar decides \"time\"\n"
	    "                      (YYYY-MM-DD, an ISO 8601 date-time, today or\n"
	    "                      yesterday; default: RK_SINCE, or the config file's)\n"
	    "      --days N        days since the break-up, instead of --since\n"
	    "      --min-days N    days that must pass (default 30)\n"
	    "      --min-signs N   signs that must hold, of five (default 4)\n"
	    "      --journal FILE  his signs from rk-log's journal (default: RK_JOURNAL,\n"
	    "                      the config file's, or rk-log's, if it exists)\n"
	    "  -q, --quiet         print nothing; the exit status tells\n"
	    "  -d, --delimiter C   answers are separated by C\n"
	    "  -t, --tsv           same as -d tab\n"
	    "      --no-header     answers have no header: question,answer\n"
	    "      --format FMT    csv, tsv, text or json (default: text on a terminal)\n"
	    "      --today DATE    the date to count from (a DATE as for --since; also\n"
	    "                      RK_TODAY)\n"
	    "  -h, --help          show this help\n"
	    "  -V, --version       show the version\n"
	    "With no answers operand: RK_ANSWERS, or the config file's answers, else\n"
	    "standard input.\n"
	    "Exit status: 0 ready, 1 wait or not ready, 2 error.\n", fp);
}

int
main(int argc, char *argv[])
{
	static const char *const names[] = { "why", "qualify", "signs", "his-signs" };
	const struct quiz *quizzes[4];
	struct quiz_set set;
	struct answer_sheets sheets;
	struct rk_error e = { 0 };
	struct ready_input in;
	struct ready_result res;
	struct csv_dialect dialect = { ',', 0, 1 };
	enum out_format format = OUT_DEFAULT;
	const char *opt_since = NULL, *opt_today = NULL, *opt_journal = NULL;
	struct settings st;
	char *answers_path = NULL;
	int have_since = 0;
	long opt_days = -1, min_days = 30, min_signs = 4, since_day = 0, today;
	size_t i, qi = 0, si = 0, hi = 0;
	long dup;
	char *journal;
	int ch, quiet = 0;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	settings_init(&st);
	while ((ch = arg_next(argc, argv, "qd:thV", longopts)) != -1) {
		switch (ch) {
		case O_SINCE:
			opt_since = optarg;
			break;
		case O_DAYS:
			opt_days = numopt_long("--days", optarg, 0, 3652058);
			break;
		case O_MIN_DAYS:
			min_days = numopt_long("--min-days", optarg, 0, 36500);
			break;
		case O_MIN_SIGNS:
			min_signs = numopt_long("--min-signs", optarg, 0, 5);
			break;
		case O_JOURNAL:
			opt_journal = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'd':
			dialect.delim = arg_delim(optarg);
			dialect.sniff = 0;
			break;
		case 't':
			dialect.delim = '\t';
			dialect.sniff = 0;
			break;
		case O_NO_HEADER:
			dialect.no_header = 1;
			break;
		case O_FORMAT:
			format = arg_format(optarg);
			break;
		case O_TODAY:
			opt_today = optarg;
			break;
		case 'h':
			usage(stdout);
			out_close();
			return 0;
		case 'V':
			arg_version();
		}
	}
	if (opt_since != NULL && opt_days >= 0)
		diag_usage_error("--since and --days do not go together");
	today = today_days(opt_today);
	/* No --since and no --days: RK_SINCE, or the config's since. */
	if (opt_since != NULL) {
		since_day = arg_date("--since", opt_since, today);
		have_since = 1;
	} else if (opt_days < 0)
		have_since = settings_since(&st, today, &since_day);
	if (have_since) {
		if (since_day > today) {
			char day[11], when[11];

			date_format_iso(today, day);
			date_format_iso(since_day, when);
			if (opt_since != NULL)
				diag_usage_error("--since: %s is after today (%s)", quote(opt_since),
				    day);
			diag_die("the break-up, %s, is after today (%s)", when, day);
		}
		opt_days = today - since_day;
	}
	format = out_format_resolve(format);

	/* Every built-in quiz is in the set, so one file may hold all of a
	 * person's answers; only qualify and signs count here. */
	for (i = 0; i < 4; i++)
		quizzes[i] = builtin(names[i]);
	if ((dup = quiz_set_init(&set, quizzes, 4)) == QUIZ_SET_NO_MEMORY)
		diag_die("out of memory");
	if (dup >= 0)
		diag_die("the built-in quizzes share an id");
	answers_init(&sheets, &set);
	for (i = 0; i < set.nquizzes; i++) {
		if (set.quizzes[i] == quizzes[1])
			qi = set.first[i];
		if (set.quizzes[i] == quizzes[2])
			si = set.first[i];
		if (set.quizzes[i] == quizzes[3])
			hi = set.first[i];
	}
	/* qualify and signs are neighbours in the set: one range of items. */
	answers_need(&sheets, qi, si + quizzes[2]->nitems, "the qualify or signs quiz");
	/* No answers operand: what comes on standard input, else RK_ANSWERS
	 * or the config's answers, else standard input all the same. */
	if (optind == argc) {
		answers_path = settings_path(&st, CONFIG_ANSWERS);
		if (answers_path != NULL && settings_stdin_brings_input()) {
			free(answers_path);
			answers_path = NULL;
		}
		if (answers_path == NULL)
			stdin_notice("-", "answers");
		if (answers_read(&sheets, answers_path != NULL ? answers_path : "-",
		    &dialect, &e) < 0)
			diag_die_error(&e);
		free(answers_path);
	}
	for (i = (size_t)optind; i < (size_t)argc; i++) {
		stdin_notice(argv[i], "answers");
		if (answers_read(&sheets, argv[i], &dialect, &e) < 0)
			diag_die_error(&e);
	}
	if (sheets.n > 1)
		diag_die("answers for %zu respondents: rk-ready decides for one person "
		    "(rk-quiz scores many)", sheets.n);

	memset(&in, 0, sizeof in);
	in.qualify = quizzes[1];
	in.signs = quizzes[2];
	in.qualify_values = answers_values(&sheets, 0) + qi;
	in.signs_values = answers_values(&sheets, 0) + si;
	in.have_days = opt_days >= 0;
	in.days = opt_days;
	in.min_days = min_days;
	in.min_signs = (int)min_signs;
	in.today = today;
	journal = opt_journal != NULL ? xstrdup(opt_journal) : default_journal(&st);
	settings_free(&st);
	in.his_outcome = his_outcome(quizzes[3], answers_values(&sheets, 0) + hi, journal);
	free(journal);
	ready_decide(&in, &res);

	if (!quiet) {
		if (format == OUT_TEXT)
			write_text(&in, have_since ? &since_day : NULL, &res);
		else
			write_csv(&in, have_since ? &since_day : NULL, &res, format);
	}
	answers_free(&sheets);
	quiz_set_free(&set);
	out_close();
	return res.verdict == VERDICT_READY ? 0 : 1;
}
