/* rk-quiz: ask or score a quiz from CSV answers, category by category. */
#include <sys/stat.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/rk-quiz/ask.h"
#include "cmd/rk-quiz/report.h"
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
#include "util/settings.h"

enum mode { M_SCORE, M_LIST, M_QUESTIONS, M_ASK };

enum { O_QUESTIONS = 256, O_ASK, O_ONLY, O_NO_HEADER, O_FORMAT };

static const struct option longopts[] = {
	{ "quiz-file", required_argument, NULL, 'q' },
	{ "top", required_argument, NULL, 'n' },
	{ "list", no_argument, NULL, 'l' },
	{ "questions", no_argument, NULL, O_QUESTIONS },
	{ "ask", no_argument, NULL, O_ASK },
	{ "only", required_argument, NULL, O_ONLY },
	{ "output", required_argument, NULL, 'o' },
	{ "delimiter", required_argument, NULL, 'd' },
	{ "tsv", no_argument, NULL, 't' },
	{ "no-header", no_argument, NULL, O_NO_HEADER },
	{ "format", required_argument, NULL, O_FORMAT },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
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

/* Write the scores of quiz Q, whose items start at item FIRST of A's set:
 * at most TOP categories a respondent, or all with 0. */
static void
report(FILE *fp, enum out_format f, long top, const struct quiz *q,
    const struct answer_sheets *a, size_t first)
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
 * person's answers to every built-in quiz; a quiz file's ids come first,
 * and the answers to the built-in quizzes in the same file are skipped. */
static void
score(const struct quiz *q, int own, int argc, char *argv[], struct csv_dialect dialect,
    enum out_format format, long top)
{
	const struct quiz *all[8];
	struct quiz_set set, builtins;
	struct answer_sheets a;
	struct rk_error e = { 0 };
	char what[80];
	size_t i, n = 0, k = 0;
	long dup;

	for (i = 0; i < builtin_nquizzes && n < sizeof all / sizeof all[0]; i++)
		all[n++] = &builtin_quizzes[i];
	if ((dup = quiz_set_init(&builtins, all, n)) == QUIZ_SET_NO_MEMORY)
		diag_die("out of memory");
	if (dup >= 0)
		diag_die("the built-in quizzes share an id");
	if (own) {
		/* A quiz file may reuse a built-in quiz's ids (one made from
		 * --questions): its own go in a set of their own. */
		if (quiz_set_init(&set, &q, 1) == QUIZ_SET_NO_MEMORY)
			diag_die("out of memory");
	} else {
		set = builtins;
		memset(&builtins, 0, sizeof builtins);
	}
	while (set.quizzes[k] != q)
		k++;
	answers_init(&a, &set);
	if (own)
		answers_skip(&a, &builtins);
	snprintf(what, sizeof what, own ? "the quiz %s" : "the %s quiz",
	    own ? quote(q->name) : q->name);
	answers_need(&a, set.first[k], set.first[k] + q->nitems, what);
	if (argc == 0)
		stdin_notice("-", "answers");
	if (argc == 0 && answers_read(&a, "-", &dialect, &e) < 0)
		diag_die_error(&e);
	for (; argc > 0; argc--, argv++) {
		stdin_notice(*argv, "answers");
		if (answers_read(&a, *argv, &dialect, &e) < 0)
			diag_die_error(&e);
	}
	report(stdout, format, top, q, &a, set.first[k]);
	answers_free(&a);
	quiz_set_free(&set);
	quiz_set_free(&builtins);
}

/* --only IDS: which items of Q to ask, a flag per item (to free), or NULL
 * for all.  An id that is not Q's is a usage error. */
static unsigned char *
only_items(const struct quiz *q, const char *ids)
{
	unsigned char *only;
	const char *s = ids, *end;
	size_t i, n;

	if (ids == NULL)
		return NULL;
	only = xcalloc(q->nitems ? q->nitems : 1, 1);
	for (;; s = end + 1) {
		end = s + strcspn(s, ",");
		n = (size_t)(end - s);
		for (i = 0; i < q->nitems; i++)
			if (strlen(q->items[i].id) == n && memcmp(q->items[i].id, s, n) == 0)
				break;
		if (i == q->nitems) {
			free(only);
			diag_usage_error("--only: %s is not a question of %s", quote_n(s, n),
			    q->name);
		}
		only[i] = 1;
		if (*end == '\0')
			break;
	}
	return only;
}

/* --ask: the answers to Q go to OUT_PATH (NULL or "-": stdout), the score
 * to stdout, or, when stdout holds the answers, to a terminal on stderr.
 * The answers FILE holds already are where the questions start; ONLY (from
 * only_items) asks some of them again and keeps the others. */
static void
ask(const struct quiz *q, const char *out_path, const unsigned char *only,
    enum out_format format, long top)
{
	struct quiz_set set;
	struct answer_sheets a;
	struct answers_kept kept;
	struct csv_writer w;
	struct rk_error e = { 0 };
	struct stat st;
	int to_file = out_path != NULL && strcmp(out_path, "-") != 0;
	FILE *fp;
	size_t stop, r, i;
	short *values;
	int lock = -1;

	/* -o FILE adds to FILE: its answers to other quizzes stay.  Only a
	 * regular file is read (answers_out_open refuses a link). */
	if (answers_kept_read(&kept, to_file && lstat(out_path, &st) == 0 &&
	    S_ISREG(st.st_mode) ? out_path : NULL, q, &e) < 0)
		diag_die_error(&e);
	fp = to_file ? answers_out_open(out_path) : stdout;
	if (quiz_set_init(&set, &q, 1) == QUIZ_SET_NO_MEMORY)
		diag_die("out of memory");
	answers_init(&a, &set);
	r = answers_respondent(&a, "", 0);
	values = &a.values[r * set.nitems];
	memcpy(values, kept.values, q->nitems * sizeof *values);
	stop = quiz_ask(q, stdin, isatty(STDIN_FILENO), values, only);
	if (stop != 0) {
		answers_kept_free(&kept);
		answers_out_discard();
		diag_die("stdin ended at question %zu of %zu: no answers written", stop,
		    q->nitems);
	}
	/* FILE may have changed while the questions were asked (another
	 * --ask, an edit): read it again under the lock, just before it is
	 * replaced, so that no row written meanwhile is lost. */
	if (to_file && (lock = answers_out_lock(out_path)) != -1) {
		answers_kept_free(&kept);
		if (answers_kept_read(&kept, lstat(out_path, &st) == 0 &&
		    S_ISREG(st.st_mode) ? out_path : NULL, q, &e) < 0)
			diag_die_error(&e);
		/* The questions not asked again keep what FILE holds now. */
		for (i = 0; only != NULL && i < q->nitems; i++)
			if (!only[i])
				values[i] = kept.values[i];
	}
	csv_writer_init(&w, fp, ',');
	answers_kept_write(&kept, q, answers_values(&a, r), &w);
	answers_kept_free(&kept);
	if (to_file) {
		answers_out_commit(fp, out_path, lock);
		diag_warn("answers saved to %s", quote_name(out_path));
		/* The answers are safe in the file: the score goes to stdout. */
		report(stdout, out_format_resolve(format), top, q, &a, 0);
	} else if (isatty(STDERR_FILENO)) {
		/* Standard output holds the answers; the score is for the eyes,
		 * once they are safely written. */
		fflush(stdout);
		out_check();
		putc('\n', stderr);
		report(stderr, OUT_TEXT, top, q, &a, 0);
	}
	answers_free(&a);
	quiz_set_free(&set);
}

static void
usage(FILE *fp)
{
	fputs(
	    "usage: rk-quiz [-n count] [-d char | -t] [--no-header] [--format fmt]\n"
	    "               quiz | -q file [answers ...]\n"
	    "       rk-quiz --ask [-o file [--only ids]] [-n count] [--format fmt]\n"
	    "               quiz | -q file\n"
	    "       rk-quiz --questions [--format fmt] quiz | -q file\n"
	    "       rk-quiz -l [--format fmt]\n"
	    "Score answers to a quiz, category by category, highest first.  With no\n"
	    "answers operand: RK_ANSWERS, or the config file's answers, else stdin.\n"
	    "  -q, --quiz-file FILE  your own quiz (rekindle-files(5)), not a built-in one\n"
	    "  -n, --top N           only the N highest categories of each respondent\n"
	    "  -l, --list            list the built-in quizzes\n"
	    "      --questions       print the quiz in the quiz-file format, or as a\n"
	    "                        questionnaire with --format=text\n"
	    "      --ask             ask the questions one at a time, write the answers as\n"
	    "                        CSV, then show the score\n"
	    "  -o, --output FILE     with --ask: write the answers to FILE (mode 0600) and\n"
	    "                        the score to standard output; the questions start\n"
	    "                        from FILE's answers, and Enter keeps one\n"
	    "      --only ID[,ID...] with --ask -o: ask only these questions again\n"
	    "  -d, --delimiter C     input fields are split by C\n"
	    "  -t, --tsv             same as -d tab\n"
	    "      --no-header       answers have no header: question,answer[,respondent]\n"
	    "      --format FMT      csv, tsv, text or json (default: text on a terminal,\n"
	    "                        else csv)\n"
	    "  -h, --help            show this help\n"
	    "  -V, --version         show the version\n", fp);
}

int
main(int argc, char *argv[])
{
	const struct quiz *q = NULL;
	struct quiz *own = NULL;
	struct csv_writer w;
	struct csv_dialect dialect = { 0, 0 };
	enum out_format format = OUT_DEFAULT;
	enum mode mode = M_SCORE;
	const char *quiz_path = NULL, *out_path = NULL, *only_ids = NULL;
	unsigned char *only;
	long top = 0;
	struct rk_error e = { 0 };
	int ch, modes = 0, sheet;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = arg_next(argc, argv, "q:n:lo:d:thV", longopts)) != -1) {
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
		case O_ONLY:
			only_ids = optarg;
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
		case 'h':
			usage(stdout);
			out_close();
			return 0;
		case 'V':
			arg_version();
		}
	}
	argc -= optind;
	argv += optind;
	if (modes > 1)
		diag_usage_error("-l, --questions and --ask do not go together");
	if (out_path != NULL && mode != M_ASK)
		diag_usage_error("-o is where --ask writes the answers; redirect the scores instead");
	if (only_ids != NULL && mode != M_ASK)
		diag_usage_error("--only says which questions --ask asks again");
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

		stdin_notice(quiz_path, "a quiz");

		if ((q = own = quiz_file_read(quiz_path, &qd, &e)) == NULL)
			diag_die_error(&e);
	} else if ((q = quiz_find(argv[0])) == NULL) {
		no_quiz(argv[0]);
	} else {
		argc--, argv++;
	}

	if (mode == M_QUESTIONS && sheet) {
		quiz_sheet_write(stdout, q, (size_t)out_term_width());
	} else if (mode == M_QUESTIONS) {
		csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
		if (format == OUT_JSON)
			csv_writer_json(&w, 1);
		quiz_file_write(q, &w);
		csv_writer_free(&w);
	} else if (mode == M_ASK) {
		only = only_items(q, only_ids);
		ask(q, out_path, only, format, top);
		free(only);
	} else {
		/* No answers operand: what comes on standard input, else
		 * RK_ANSWERS or the config's answers, else standard input all
		 * the same.  "-" is standard input always. */
		struct settings st;
		char *answers = NULL;

		settings_init(&st);
		if (argc == 0 && (answers = settings_path(&st, CONFIG_ANSWERS)) != NULL &&
		    settings_stdin_brings_input()) {
			free(answers);
			answers = NULL;
		}
		if (answers != NULL)
			argc = 1, argv = &answers;
		settings_free(&st);
		score(q, own != NULL, argc, argv, dialect, format, top);
		free(answers);
	}
	quiz_file_free(own);
	out_close();
	return 0;
}
