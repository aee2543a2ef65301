/* rk-ready: are you ready to try again, and if not, what is missing? */
#include <sys/stat.h>

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-ready/report.h"
#include "core/date.h"
#include "core/quiz.h"
#include "core/ready.h"
#include "core/text.h"
#include "io/answers.h"
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
	struct csv_dialect dialect = { 0, 0 };
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
			break;
		case 't':
			dialect.delim = '\t';
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
			ready_report_text(&in, have_since ? &since_day : NULL, &res);
		else
			ready_report_csv(&in, have_since ? &since_day : NULL, &res, format);
	}
	answers_free(&sheets);
	quiz_set_free(&set);
	out_close();
	return res.verdict == VERDICT_READY ? 0 : 1;
}
