/* rk-ready: are you ready to try again, and if not, what is missing? */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/answers.h"
#include "lib/csv_writer.h"
#include "lib/date.h"
#include "lib/diag.h"
#include "lib/numopt.h"
#include "lib/opts.h"
#include "lib/output.h"
#include "lib/quiz.h"
#include "lib/ready.h"
#include "lib/stdfds.h"
#include "lib/today.h"
#include "lib/wrap.h"

static const char *opt_since, *opt_today;
static long opt_days = -1, min_days = 30, min_signs = 4;
static int quiet;
static enum out_format format = OUT_DEFAULT;
static struct csv_dialect dialect = { ',', 0 };

enum { O_SINCE = 256, O_DAYS, O_MIN_DAYS, O_MIN_SIGNS };

static const struct opt options[] = {
	{ "since", O_SINCE, "DATE", "the day of the break-up: the calendar decides "
	    "\"time\"", NULL },
	{ "days", O_DAYS, "N", "days since the break-up, instead of --since", NULL },
	{ "min-days", O_MIN_DAYS, "N", "days that must pass (default 30)", NULL },
	{ "min-signs", O_MIN_SIGNS, "N", "signs that must hold, of five (default 4)",
	    "0 1 2 3 4 5" },
	{ "quiet", 'q', NULL, "print nothing; the exit status tells", NULL },
	OPT_DELIMITER("answers are separated by C"),
	OPT_TSV,
	OPT_NO_HEADER("answers have no header: question,answer"),
	OPT_FORMAT("csv, tsv or text (default: text on a terminal)"),
	OPT_TODAY("the date to count from (YYYY-MM-DD; also RK_TODAY)"),
	OPT_HELP,
	OPT_VERSION,
	OPT_END
};

const struct opts_prog rk_ready_prog = {
	"rk-ready",
	"usage: rk-ready [-q] [--since date | --days n] [--min-days n] [--min-signs n]\n"
	"                [-d char | -t] [--no-header] [--format csv|tsv|text]\n"
	"                [--today date] [answers ...]\n",
	"Decide from answers to the qualify and signs quizzes whether you are ready\n"
	"to try again, and if not, what is missing.\n",
	"Exit status: 0 ready, 1 wait or not ready, 2 error.\n",
	options, "@file", "@file"
};

static long since_day;           /* the break-up, with --since */
static long today;

static const struct quiz *
builtin(const char *name)
{
	const struct quiz *q = quiz_find(name);

	if (q == NULL)
		diag_die("the built-in %s quiz is missing", name);
	return q;
}

/* "45 days since 2026-10-01, 30 needed", then what the time answers add:
 * "; the answers agree: 2 of 3", or ", but the answers say not yet: 0 of 3"
 * (the calendar's need left out when it is met). */
static void
time_detail(const struct ready_check *c, char *buf, size_t n)
{
	char s[32], m[32], day[11], need[32];
	int heart_says_no = c->res.answered > 0 && c->res.score * 2 <= c->res.max;
	size_t used;

	snprintf(need, sizeof need, ", %ld needed", min_days);
	if (opt_since != NULL)
		date_format_iso(since_day, day);
	used = (size_t)snprintf(buf, n, "%ld day%s%s%s%s", opt_days, opt_days == 1 ? "" : "s",
	    opt_since != NULL ? " since " : "", opt_since != NULL ? day : "",
	    heart_says_no && !c->calendar_short ? "" : need);
	if (c->res.answered == 0 || used >= n)
		return;
	snprintf(buf + used, n - used, "%s: %s of %s", heart_says_no ?
	    ", but the answers say not yet" : "; the answers agree",
	    quiz_format_points(c->res.score, s, sizeof s),
	    quiz_format_points(c->res.max, m, sizeof m));
}

/* The detail of a check: what holds, what is missing, in plain words. */
static const char *
check_detail(const struct ready_check *c, char *buf, size_t n)
{
	char s[32], m[32];

	if (c->veto != NULL) {
		snprintf(buf, n, "%s", c->veto->veto);
	} else if (c->by_calendar) {
		time_detail(c, buf, n);
	} else if (c->status == CHECK_UNKNOWN) {
		snprintf(buf, n, "%s: not answered", c->cat->title[0] ? c->cat->title : c->cat->name);
	} else {
		snprintf(buf, n, "%s: %s of %s", c->cat->title[0] ? c->cat->title : c->cat->name,
		    quiz_format_points(c->res.score, s, sizeof s),
		    quiz_format_points(c->res.max, m, sizeof m));
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

static const char *
verdict_detail(const struct ready_result *res, char *buf, size_t n)
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
			    res->ready_on - today, DATE_MAX_YEAR);
			break;
		}
		date_format_iso(res->ready_on, day);
		snprintf(buf, n, "ready on %s, when %ld days have passed", day, min_days);
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
		if (res->signs_held < min_signs && used < n)
			snprintf(buf + used, n - used, "%sonly %d of %d signs hold, %ld needed",
			    used ? "; " : "", res->signs_held, res->signs_total, min_signs);
	}
	return buf;
}

static void
write_csv(const struct ready_result *res)
{
	struct csv_writer w;
	char buf[512];
	size_t i;

	csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
	csv_write_row(&w, "check", "status", "detail", NULL);
	for (i = 0; i < res->n; i++) {
		const struct ready_check *c = &res->checks[i];

		csv_write_row(&w, c->cat->name, check_status_name(c->status),
		    check_detail(c, buf, sizeof buf), NULL);
	}
	csv_write_row(&w, "verdict", verdict_name(res->verdict),
	    verdict_detail(res, buf, sizeof buf), NULL);
}

static void
write_text(const struct ready_result *res)
{
	static const char *const mark[] = { "[x]", "[ ]", "[?]" };
	static const char *const paint[] = { "\033[32m", "\033[31m", "\033[33m" };
	int color = out_color();
	char buf[512], why[400], day[11];
	size_t i, off, len, used, s_len;
	const char *s;

	for (i = 0; i < res->n; i++) {
		const struct ready_check *c = &res->checks[i];

		printf("%s%s%s %-11s %s\n", color ? paint[c->status] : "", mark[c->status],
		    color ? "\033[0m" : "", c->cat->name, check_detail(c, buf, sizeof buf));
	}
	putchar('\n');
	switch (res->verdict) {
	case VERDICT_READY:
		snprintf(buf, sizeof buf, "Ready: the three questions pass and %d of %d signs "
		    "hold, time among them. Ask him out, and talk about what went wrong.",
		    res->signs_held, res->signs_total);
		break;
	case VERDICT_WAIT:
		if (res->ready_on > date_from_ymd(DATE_MAX_YEAR, 12, 31)) {
			snprintf(buf, sizeof buf, "Wait: everything else is in place, but give "
			    "it time. You will be ready in %ld days, after %d-12-31.",
			    res->ready_on - today, DATE_MAX_YEAR);
			break;
		}
		date_format_iso(res->ready_on, day);
		snprintf(buf, sizeof buf, "Wait: everything else is in place, but give it time. "
		    "You will be ready on %s, in %ld day%s.", day, res->ready_on - today,
		    res->ready_on - today == 1 ? "" : "s");
		break;
	default:
		if (res->veto != NULL) {
			snprintf(buf, sizeof buf, "Not ready: %s", res->veto->veto);
			break;
		}
		verdict_detail(res, why, sizeof why);
		why[0] = (char)(why[0] == 'n' ? 'N' : why[0] == 'o' ? 'O' : why[0]);
		snprintf(buf, sizeof buf, "Not ready. %s.", why);
	}
	s = buf;
	s_len = strlen(buf);
	while ((used = wrap_next(s, s_len, (size_t)out_term_width(), &off, &len)) > 0) {
		printf("%.*s\n", (int)len, s + off);
		s += used;
		s_len -= used;
	}
}

int
main(int argc, char *argv[])
{
	static const char *const names[] = { "why", "qualify", "signs", "his-signs" };
	const struct quiz *quizzes[4];
	struct quiz_set set;
	struct answer_sheets sheets;
	struct ready_input in;
	struct ready_result res;
	size_t i, qi = 0, si = 0;
	int ch;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = opts_next(&rk_ready_prog, argc, argv)) != -1) {
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
		case 'q':
			quiet = 1;
			break;
		default:
			opts_common(ch, optarg, &dialect, &format, &opt_today);
		}
	}
	if (opt_since != NULL && opt_days >= 0)
		diag_usage_error("--since and --days do not go together");
	today = today_days(opt_today);
	if (opt_since != NULL) {
		if (date_parse_iso(opt_since, strlen(opt_since), &since_day) != 0)
			diag_usage_error("--since: %s is not a date (YYYY-MM-DD, years 1 to 9999)",
			    diag_quote(opt_since));
		if (since_day > today) {
			char day[11];

			date_format_iso(today, day);
			diag_usage_error("--since: %s is after today (%s)", diag_quote(opt_since), day);
		}
		opt_days = today - since_day;
	}
	format = out_format_resolve(format);

	/* Every built-in quiz is in the set, so one file may hold all of a
	 * person's answers; only qualify and signs count here. */
	for (i = 0; i < 4; i++)
		quizzes[i] = builtin(names[i]);
	if (quiz_set_init(&set, quizzes, 4) >= 0)
		diag_die("the built-in quizzes share an id");
	answers_init(&sheets, &set);
	for (i = 0; i < set.nquizzes; i++) {
		if (set.quizzes[i] == quizzes[1])
			qi = set.first[i];
		if (set.quizzes[i] == quizzes[2])
			si = set.first[i];
	}
	/* qualify and signs are neighbours in the set: one range of items. */
	answers_need(&sheets, qi, si + quizzes[2]->nitems, "the qualify or signs quiz");
	if (optind == argc)
		answers_read(&sheets, "-", &dialect);
	for (i = (size_t)optind; i < (size_t)argc; i++)
		answers_read(&sheets, argv[i], &dialect);
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
	ready_decide(&in, &res);

	if (!quiet) {
		if (format == OUT_TEXT)
			write_text(&res);
		else
			write_csv(&res);
	}
	answers_free(&sheets);
	quiz_set_free(&set);
	out_close();
	return res.verdict == VERDICT_READY ? 0 : 1;
}
