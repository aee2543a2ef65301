/* rk-ready: are you ready to try again, and if not, what is missing? */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-log/show.h"
#include "cmd/rk-ready/text.h"
#include "core/date.h"
#include "core/quiz.h"
#include "core/ready.h"
#include "core/text.h"
#include "io/answers.h"
#include "io/journal.h"
#include "io/out.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/opts.h"

static const char *opt_since, *opt_today, *opt_journal;
static long opt_days = -1, min_days = 30, min_signs = 4;
static int quiet;
static enum out_format format = OUT_DEFAULT;
static struct csv_dialect dialect = { ',', 0 };

enum { O_SINCE = 256, O_DAYS, O_MIN_DAYS, O_MIN_SIGNS, O_JOURNAL };

static const struct opt options[] = {
	{ "since", O_SINCE, "DATE", "the day of the break-up: the calendar decides "
	    "\"time\"", NULL },
	{ "days", O_DAYS, "N", "days since the break-up, instead of --since", NULL },
	{ "min-days", O_MIN_DAYS, "N", "days that must pass (default 30)", NULL },
	{ "min-signs", O_MIN_SIGNS, "N", "signs that must hold, of five (default 4)",
	    "0 1 2 3 4 5" },
	{ "journal", O_JOURNAL, "FILE", "his signs from rk-log's journal (default: "
	    "rk-log's, if it exists)", "@file" },
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
	"                [--journal file] [-d char | -t] [--no-header]\n"
	"                [--format csv|tsv|text] [--today date] [answers ...]\n",
	"Decide from answers to the qualify and signs quizzes whether you are ready\n"
	"to try again, and if not, what is missing; then the next step, from his\n"
	"signs (his-signs answers, or the journal).\n",
	"Exit status: 0 ready, 1 wait or not ready, 2 error.\n",
	options, "@file", "@file"
};

static long since_day;           /* the break-up, with --since */
static long today;

/* rk-log's default journal, when it exists: his signs are read from it. */
static char *
default_journal(void)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	struct stat st;
	char *path;

	if ((xdg == NULL || xdg[0] != '/') && (home == NULL || home[0] == '\0'))
		return NULL;
	path = journal_default_path(0);
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
	int *j;
	size_t i;

	if (hq->nitems > sizeof v / sizeof v[0] || hq->ncats > READY_MAX_CHECKS)
		diag_die("the built-in his-signs quiz is too large");
	memcpy(v, values, hq->nitems * sizeof v[0]);
	if (journal != NULL) {
		j = xcalloc(hq->nitems, sizeof *j);
		journal_sign_values(journal, j);
		for (i = 0; i < hq->nitems; i++)
			if (j[i] == 1 || (j[i] == 0 && v[i] == QUIZ_NO_ANSWER))
				v[i] = (short)j[i];
		free(j);
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

int
main(int argc, char *argv[])
{
	static const char *const names[] = { "why", "qualify", "signs", "his-signs" };
	const struct quiz *quizzes[4];
	struct quiz_set set;
	struct answer_sheets sheets;
	struct ready_input in;
	struct ready_result res;
	size_t i, qi = 0, si = 0, hi = 0;
	long dup;
	char *journal;
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
		case O_JOURNAL:
			opt_journal = optarg;
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
			    quote(opt_since));
		if (since_day > today) {
			char day[11];

			date_format_iso(today, day);
			diag_usage_error("--since: %s is after today (%s)", quote(opt_since), day);
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
	journal = opt_journal != NULL ? xstrdup(opt_journal) : default_journal();
	in.his_outcome = his_outcome(quizzes[3], answers_values(&sheets, 0) + hi, journal);
	free(journal);
	ready_decide(&in, &res);

	if (!quiet) {
		if (format == OUT_TEXT)
			ready_write_text(&res, &in, opt_since != NULL ? &since_day : NULL);
		else
			ready_write_csv(&res, &in, opt_since != NULL ? &since_day : NULL,
			    format);
	}
	answers_free(&sheets);
	quiz_set_free(&set);
	out_close();
	return res.verdict == VERDICT_READY ? 0 : 1;
}
