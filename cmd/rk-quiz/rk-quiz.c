/* rk-quiz: ask or score a quiz from CSV answers, category by category. */
#include <sys/stat.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/rk-quiz/answers_out.h"
#include "cmd/rk-quiz/ask.h"
#include "cmd/rk-quiz/list.h"
#include "cmd/rk-quiz/report.h"
#include "cmd/rk-quiz/sheet.h"
#include "core/quiz.h"
#include "core/suggest.h"
#include "core/text.h"
#include "io/answers.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/out.h"
#include "io/quiz_file.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/opts.h"

enum mode { M_SCORE, M_LIST, M_QUESTIONS, M_ASK };

static enum mode mode = M_SCORE;
static const char *quiz_path, *out_path;
static long top;
static enum out_format format = OUT_DEFAULT;
static struct csv_dialect dialect = { ',', 0 };

enum { O_QUESTIONS = 256, O_ASK };

static const struct opt options[] = {
	{ "quiz-file", 'q', "FILE", "your own quiz (rekindle-files(5)), not a built-in one", "@file" },
	{ "top", 'n', "N", "only the N highest categories of each respondent", NULL },
	{ "list", 'l', NULL, "list the built-in quizzes", NULL },
	{ "questions", O_QUESTIONS, NULL, "print the quiz in the quiz-file format, or "
	    "as a questionnaire with --format=text", NULL },
	{ "ask", O_ASK, NULL, "ask the questions one at a time, write the answers as "
	    "CSV, then show the score", NULL },
	{ "output", 'o', "FILE", "with --ask: write the answers to FILE (mode 0600) and "
	    "the score to standard output", "@file" },
	OPT_DELIMITER("input fields are split by C"),
	OPT_TSV,
	OPT_NO_HEADER("answers have no header: question,answer[,respondent]"),
	OPT_FORMAT("csv, tsv or text (default: text on a terminal, else csv)"),
	OPT_HELP,
	OPT_VERSION,
	OPT_END
};

const struct opts_prog rk_quiz_prog = {
	"rk-quiz",
	"usage: rk-quiz [-n count] [-d char | -t] [--no-header] [--format fmt]\n"
	"               quiz | -q file [answers ...]\n"
	"       rk-quiz --ask [-o file] [-n count] [--format fmt] quiz | -q file\n"
	"       rk-quiz --questions [--format fmt] quiz | -q file\n"
	"       rk-quiz -l [--format fmt]\n",
	"Score answers to a quiz, category by category, highest first.\n",
	NULL, options, "@quiz", "@file"
};

/* An unknown quiz name: the nearest built-in one, if any is near. */
static _Noreturn void
no_quiz(const char *name)
{
	const char *names[16], *near;
	size_t i, n = 0;

	for (i = 0; i < builtin_nquizzes && n < 16; i++)
		names[n++] = builtin_quizzes[i].name;
	if ((near = suggest_nearest(name, names, n)) != NULL)
		diag_die("no quiz %s; did you mean %s? (rk-quiz -l lists them)",
		    quote(name), near);
	diag_die("no quiz %s (rk-quiz -l lists them)", quote(name));
}

/* Write the scores of quiz Q, whose items start at item FIRST of A's set. */
static void
report(FILE *fp, enum out_format f, const struct quiz *q, const struct answer_sheets *a,
    size_t first)
{
	struct quiz_report r;
	size_t i;

	memset(&r, 0, sizeof r);
	r.fp = fp;
	r.format = f;
	r.q = q;
	r.named = a->named;
	r.top = (size_t)top;
	r.color = fp == stdout && f == OUT_TEXT && out_color();
	r.explain = f == OUT_TEXT && q == quiz_find("why");
	r.width = (size_t)out_term_width();
	quiz_report_begin(&r);
	for (i = 0; i < a->n; i++)
		quiz_report_write(&r, a->names[i], answers_values(a, i) + first);
	quiz_report_end(&r);
}

/* Score the answers in the files ARGV (none: stdin) to Q.  A built-in
 * quiz is scored within the set of all of them, so one file may hold a
 * person's answers to every built-in quiz; a quiz file's ids stand alone. */
static void
score(const struct quiz *q, int own, int argc, char *argv[])
{
	const struct quiz *all[8];
	struct quiz_set set;
	struct answer_sheets a;
	char what[80];
	size_t i, n = 0, k = 0;
	long dup;

	if (own)
		all[n++] = q;
	else
		for (i = 0; i < builtin_nquizzes && n < sizeof all / sizeof all[0]; i++)
			all[n++] = &builtin_quizzes[i];
	if ((dup = quiz_set_init(&set, all, n)) == QUIZ_SET_NO_MEMORY)
		diag_die("out of memory");
	if (dup >= 0)
		diag_die("the built-in quizzes share an id");
	while (set.quizzes[k] != q)
		k++;
	answers_init(&a, &set);
	snprintf(what, sizeof what, own ? "the quiz %s" : "the %s quiz",
	    own ? quote(q->name) : q->name);
	answers_need(&a, set.first[k], set.first[k] + q->nitems, what);
	if (argc == 0)
		answers_read(&a, "-", &dialect);
	for (; argc > 0; argc--, argv++)
		answers_read(&a, *argv, &dialect);
	report(stdout, format, q, &a, set.first[k]);
	answers_free(&a);
	quiz_set_free(&set);
}

static void
ask(const struct quiz *q)
{
	struct quiz_set set;
	struct answer_sheets a;
	struct answers_kept kept;
	struct csv_writer w;
	struct stat st;
	int to_file = out_path != NULL && strcmp(out_path, "-") != 0;
	FILE *fp;
	size_t stop, r;

	/* -o FILE adds to FILE: its answers to other quizzes stay.  Only a
	 * regular file is read (answers_out_open refuses a link). */
	answers_kept_read(&kept, to_file && lstat(out_path, &st) == 0 &&
	    S_ISREG(st.st_mode) ? out_path : NULL, q);
	fp = to_file ? answers_out_open(out_path) : stdout;
	if (quiz_set_init(&set, &q, 1) == QUIZ_SET_NO_MEMORY)
		diag_die("out of memory");
	answers_init(&a, &set);
	r = answers_respondent(&a, "", 0);
	stop = quiz_ask(q, stdin, isatty(STDIN_FILENO), &a.values[r * set.nitems]);
	if (stop != 0) {
		answers_kept_free(&kept);
		answers_out_discard();
		diag_die("stdin ended at question %zu of %zu: no answers written", stop,
		    q->nitems);
	}
	/* FILE may have changed while the questions were asked (another
	 * --ask, an edit): read it again under the lock, just before it is
	 * replaced, so that no row written meanwhile is lost. */
	if (to_file && answers_out_lock(out_path)) {
		answers_kept_free(&kept);
		answers_kept_read(&kept, lstat(out_path, &st) == 0 && S_ISREG(st.st_mode) ?
		    out_path : NULL, q);
	}
	csv_writer_init(&w, fp, ',');
	answers_kept_write(&kept, q, answers_values(&a, r), &w);
	answers_kept_free(&kept);
	if (to_file) {
		answers_out_commit(fp, out_path);
		/* The answers are safe in the file: the score goes to stdout. */
		report(stdout, out_format_resolve(format), q, &a, 0);
	} else if (isatty(STDERR_FILENO)) {
		/* Standard output holds the answers; the score is for the eyes,
		 * once they are safely written. */
		fflush(stdout);
		out_check();
		putc('\n', stderr);
		report(stderr, OUT_TEXT, q, &a, 0);
	}
	answers_free(&a);
	quiz_set_free(&set);
}

int
main(int argc, char *argv[])
{
	const struct quiz *q = NULL;
	struct quiz *own = NULL;
	struct csv_writer w;
	int ch, modes = 0, sheet;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = opts_next(&rk_quiz_prog, argc, argv)) != -1) {
		switch (ch) {
		case 'q':
			quiz_path = optarg;
			break;
		case 'n':
			top = numopt_long("--top", optarg, 1, 100000);
			break;
		case 'l':
			mode = M_LIST, modes++;
			break;
		case O_QUESTIONS:
			mode = M_QUESTIONS, modes++;
			break;
		case O_ASK:
			mode = M_ASK, modes++;
			break;
		case 'o':
			out_path = optarg;
			break;
		default:
			opts_common(ch, optarg, &dialect, &format, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (modes > 1)
		diag_usage_error("-l, --questions and --ask do not go together");
	if (out_path != NULL && mode != M_ASK)
		diag_usage_error("-o is where --ask writes the answers; redirect the scores instead");
	if (mode == M_LIST && (argc > 0 || quiz_path != NULL))
		diag_usage_error("-l takes no quiz");
	if (mode != M_LIST && quiz_path == NULL && argc == 0)
		diag_usage_error("no quiz: name one (rk-quiz -l lists them) or give -q FILE");
	if ((mode == M_QUESTIONS || mode == M_ASK) && argc > (quiz_path == NULL ? 1 : 0))
		diag_usage_error("unexpected argument %s: %s takes a quiz, no answers",
		    quote(argv[quiz_path == NULL ? 1 : 0]),
		    mode == M_ASK ? "--ask" : "--questions");
	/* --questions is the quiz file, to copy and edit, unless text is asked. */
	sheet = format == OUT_TEXT;
	format = out_format_resolve(format);

	if (mode == M_LIST) {
		quiz_list_write(format);
		out_close();
		return 0;
	}
	if (quiz_path != NULL) {
		/* A quiz file is read with the answers' delimiter, but always
		 * has a header. */
		struct csv_dialect qd = { dialect.delim, 0 };

		q = own = quiz_file_read(quiz_path, &qd);
	} else if ((q = quiz_find(argv[0])) == NULL) {
		no_quiz(argv[0]);
	} else {
		argc--, argv++;
	}

	if (mode == M_QUESTIONS && sheet) {
		quiz_sheet_write(stdout, q, (size_t)out_term_width());
	} else if (mode == M_QUESTIONS) {
		csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
		quiz_file_write(q, &w);
	} else if (mode == M_ASK) {
		ask(q);
	} else {
		score(q, own != NULL, argc, argv);
	}
	quiz_file_free(own);
	out_close();
	return 0;
}
