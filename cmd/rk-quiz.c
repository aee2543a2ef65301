/* rk-quiz: ask or score a quiz from CSV answers, category by category. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/answers.h"
#include "lib/csv_reader.h"
#include "lib/csv_writer.h"
#include "lib/diag.h"
#include "lib/numopt.h"
#include "lib/output.h"
#include "lib/quiz.h"
#include "lib/quiz_ask.h"
#include "lib/quiz_file.h"
#include "lib/quiz_report.h"
#include "lib/stdfds.h"
#include "lib/wrap.h"

enum mode { M_SCORE, M_LIST, M_QUESTIONS, M_ASK };

static enum mode mode = M_SCORE;
static const char *quiz_path, *out_path;
static long top;
static enum out_format format = OUT_DEFAULT;
static struct csv_dialect dialect = { ',', 0 };

/* --ask -o FILE: the answers go to this temporary file beside FILE, which
 * is renamed over FILE once they are all written, so that FILE is whole or
 * untouched, and never readable by others. */
static char *tmp_path;

static void
list_quizzes(void)
{
	struct csv_writer w;
	size_t i, nw = 0;

	if (format == OUT_TEXT) {
		for (i = 0; i < builtin_nquizzes; i++)
			if (strlen(builtin_quizzes[i].name) > nw)
				nw = strlen(builtin_quizzes[i].name);
		for (i = 0; i < builtin_nquizzes; i++) {
			const struct quiz *q = &builtin_quizzes[i];

			printf("%-*s  %2zu questions  %zu categories  %s\n", (int)nw, q->name,
			    q->nitems, q->ncats, q->title);
		}
		return;
	}
	csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
	csv_write_row(&w, "quiz", "title", "questions", "categories", NULL);
	for (i = 0; i < builtin_nquizzes; i++) {
		const struct quiz *q = &builtin_quizzes[i];

		csv_write_str(&w, q->name);
		csv_write_str(&w, q->title);
		csv_write_long(&w, (long)q->nitems);
		csv_write_long(&w, (long)q->ncats);
		csv_write_end(&w);
	}
}

static void
report(FILE *fp, enum out_format f, const struct quiz *q, const struct answer_sheets *a)
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
		quiz_report_write(&r, a->names[i], answers_values(a, i));
	quiz_report_end(&r);
}

static void
remove_tmp(void)
{
	if (tmp_path != NULL)
		unlink(tmp_path);
}

/* An interrupted --ask leaves no half-written file behind. */
static void
on_signal(int sig)
{
	if (tmp_path != NULL)
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

static FILE *
open_answers(const char *path)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct stat st;
	FILE *fp;
	size_t i;
	int fd;

	/* A device or a pipe (-o /dev/stdout) is written as it is: renaming
	 * a file over it would replace it.  It is opened without O_CREAT, so
	 * nothing is ever created through a symbolic link. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if ((fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)) == -1 ||
		    (fp = fdopen(fd, "w")) == NULL)
			diag_die("%s: %s", path, strerror(errno));
		return fp;
	}
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
		diag_die("%s: a symbolic link; -o writes the answers to a file of its "
		    "own, not through a link", path);
	tmp_path = xmalloc(strlen(path) + 8);
	sprintf(tmp_path, "%s.XXXXXX", path);
	/* mkstemp creates the file with mode 0600: answers are private. */
	if ((fd = mkstemp(tmp_path)) == -1) {
		free(tmp_path);
		tmp_path = NULL;
		diag_die("%s: %s", path, strerror(errno));
	}
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		signal(sigs[i], on_signal);
	if ((fp = fdopen(fd, "w")) == NULL) {
		remove_tmp();
		diag_die("%s: %s", path, strerror(errno));
	}
	return fp;
}

static void
write_answers(FILE *fp, const struct quiz *q, const short *values)
{
	struct csv_writer w;
	char num[16];
	size_t i;

	csv_writer_init(&w, fp, ',');
	csv_write_row(&w, "question", "answer", NULL);
	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];

		if (values[i] == QUIZ_NO_ANSWER)
			continue;
		snprintf(num, sizeof num, "%d", values[i]);
		csv_write_row(&w, it->id, it->yesno ? (values[i] ? "yes" : "no") : num, NULL);
	}
}

static void
ask(const struct quiz *q)
{
	struct quiz_set set;
	struct answer_sheets a;
	int to_file = out_path != NULL && strcmp(out_path, "-") != 0;
	FILE *fp = to_file ? open_answers(out_path) : stdout;
	size_t stop, r;
	int e;

	quiz_set_init(&set, &q, 1);
	answers_init(&a, &set);
	r = answers_respondent(&a, "", 0);
	stop = quiz_ask(q, stdin, isatty(STDIN_FILENO), &a.values[r * set.nitems]);
	if (stop != 0) {
		remove_tmp();
		diag_die("stdin ended at question %zu of %zu: no answers written", stop,
		    q->nitems);
	}
	write_answers(fp, q, answers_values(&a, r));
	if (to_file) {
		e = fflush(fp) != 0 || ferror(fp) ? errno : 0;
		if (fclose(fp) != 0 && e == 0)
			e = errno;
		if (e == 0 && tmp_path != NULL && rename(tmp_path, out_path) != 0)
			e = errno;
		if (e != 0) {
			remove_tmp();
			diag_die("%s: %s", out_path, strerror(e));
		}
		free(tmp_path);
		tmp_path = NULL;
		/* The answers are safe in the file: the score goes to stdout. */
		report(stdout, out_format_resolve(format), q, &a);
	} else if (isatty(STDERR_FILENO)) {
		/* Standard output holds the answers; the score is for the eyes. */
		out_check();
		fflush(stdout);
		putc('\n', stderr);
		report(stderr, OUT_TEXT, q, &a);
	}
	answers_free(&a);
	quiz_set_free(&set);
}

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: rk-quiz [-n count] [-d char | -t] [--no-header] [--format fmt]\n"
	    "               quiz | -q file [answers ...]\n"
	    "       rk-quiz --ask [-o file] [-n count] [--format fmt] quiz | -q file\n"
	    "       rk-quiz --questions [--format fmt] quiz | -q file\n"
	    "       rk-quiz -l [--format fmt]\n"
	    "Score answers to a quiz, category by category, highest first.\n"
	    "  -q, --quiz-file FILE  a quiz of your own (rekindle(5)) instead of a built-in one\n"
	    "  -n, --top N           only the N highest categories of each respondent\n"
	    "  -l, --list            list the built-in quizzes\n"
	    "      --questions       print the quiz in the quiz-file format\n"
	    "      --ask             ask the questions one at a time, write the answers\n"
	    "                        as CSV, then show the score\n"
	    "  -o, --output FILE     with --ask: write the answers to FILE (mode 0600)\n"
	    "                        and the score to standard output\n"
	    "  -d, --delimiter C     input fields are split by C\n"
	    "  -t, --tsv             same as -d tab\n"
	    "      --no-header       answers have no header: question,answer[,respondent]\n"
	    "      --format FMT      csv, tsv or text (default: text on a terminal, else csv)\n"
	    "  -h, --help            show this help\n"
	    "  -V, --version         show the version\n");
}

int
main(int argc, char *argv[])
{
	enum { O_QUESTIONS = 256, O_ASK, O_NO_HEADER, O_FORMAT };
	static const struct option longopts[] = {
		{ "quiz-file", required_argument, NULL, 'q' },
		{ "top", required_argument, NULL, 'n' },
		{ "list", no_argument, NULL, 'l' },
		{ "questions", no_argument, NULL, O_QUESTIONS },
		{ "ask", no_argument, NULL, O_ASK },
		{ "output", required_argument, NULL, 'o' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "tsv", no_argument, NULL, 't' },
		{ "no-header", no_argument, NULL, O_NO_HEADER },
		{ "format", required_argument, NULL, O_FORMAT },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const struct quiz *q = NULL;
	struct quiz *own = NULL;
	struct quiz_set set;
	struct answer_sheets a;
	struct csv_writer w;
	int ch, modes = 0;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = getopt_long(argc, argv, "q:n:lo:d:thV", longopts, NULL)) != -1) {
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
		case 'd':
			dialect.delim = csv_parse_delim(optarg);
			break;
		case 't':
			dialect.delim = '\t';
			break;
		case O_NO_HEADER:
			dialect.no_header = 1;
			break;
		case O_FORMAT:
			format = out_format_parse(optarg);
			break;
		case 'h':
			usage(stdout);
			out_close();
			return 0;
		case 'V':
			printf("rk-quiz (rekindle) %s\n", RK_VERSION);
			out_close();
			return 0;
		default:
			usage(stderr);
			return RK_EXIT_ERROR;
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
		    diag_quote(argv[quiz_path == NULL ? 1 : 0]),
		    mode == M_ASK ? "--ask" : "--questions");
	format = out_format_resolve(format);

	if (mode == M_LIST) {
		list_quizzes();
		out_close();
		return 0;
	}
	if (quiz_path != NULL) {
		/* A quiz file is read with the answers' delimiter, but always
		 * has a header. */
		struct csv_dialect qd = { dialect.delim, 0 };

		q = own = quiz_file_read(quiz_path, &qd);
	} else if ((q = quiz_find(argv[0])) == NULL) {
		diag_die("no quiz %s (rk-quiz -l lists them)", diag_quote(argv[0]));
	} else {
		argc--, argv++;
	}

	if (mode == M_QUESTIONS) {
		csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
		quiz_file_write(q, &w);
	} else if (mode == M_ASK) {
		ask(q);
	} else {
		quiz_set_init(&set, &q, 1);
		answers_init(&a, &set);
		if (argc == 0)
			answers_read(&a, "-", &dialect);
		for (; argc > 0; argc--, argv++)
			answers_read(&a, *argv, &dialect);
		/* No answers at all still show the quiz, all unanswered. */
		if (a.n == 0 && !a.named)
			answers_respondent(&a, "", 0);
		report(stdout, format, q, &a);
		answers_free(&a);
		quiz_set_free(&set);
	}
	quiz_file_free(own);
	out_close();
	return 0;
}
