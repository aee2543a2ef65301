/* formats_test: the errors of the quiz, answers and tips file readers, one
 * row of the table each: the file, the message, the line it points at. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"
#include "core/quiz.h"
#include "io/answers.h"
#include "io/quiz_file.h"
#include "io/tip_file.h"
#include "tests/unit/check.h"

enum reader { QUIZ, QUIZ_TSV, ANSWERS, ANSWERS_NO_HEADER, ANSWERS_NEED, KEPT, TIPS };

struct row {
	enum reader reader;
	const char *file;       /* the file's bytes, NUL-terminated */
	const char *msg;        /* the error, without program, file or line */
	unsigned long line;     /* 0: the error is about the whole file */
};

#define QH "id,category,text,scale,weight,reverse,veto,labels,require,advise\n"

static const struct row rows[] = {
	/* quiz files */
	{ QUIZ, "", "empty quiz file: it needs a header with id, category and text", 0 },
	{ QUIZ, "id,category,text\n", "no questions in the quiz file", 0 },
	{ QUIZ, "id,category,text,colour\n", "unknown column \"colour\" (a quiz file has id, "
	    "category, text, scale, weight, reverse, veto, labels, require, advise)", 1 },
	{ QUIZ, "id,category,text,id\n", "column name \"id\" appears twice in the header", 1 },
	{ QUIZ, "category,text\nc,t\n", "the header needs an id column", 1 },
	{ QUIZ, "\nid,text\na,t\n", "the header needs a category column", 2 },
	{ QUIZ, "id,category\na,c\n", "the header needs a text column", 1 },
	{ QUIZ, "id,category,text\na,c,t\nb,c\n", "2 fields where the header has 3", 3 },
	{ QUIZ, "id,category,text\na,c,\"t\n", "unterminated quoted field", 2 },
	{ QUIZ, "id,category,text\na b,c,t\n",
	    "id: \"a b\" is not an id (1 to 64 letters, digits, '.', '_' or '-')", 2 },
	{ QUIZ, "id,category,text\na,,t\n", "category is empty", 2 },
	{ QUIZ, "id,category,text\na,c,\n", "text is empty", 2 },
	{ QUIZ, "id,category,text\na,c,t\xff\n", "text: invalid UTF-8", 2 },
	{ QUIZ, "id,category,text\na,c,t\x1b[0m\n", "text: control character \\x1b", 2 },
	{ QUIZ, QH "a,c,t,5-1,,,,,,\n", "scale: \"5-1\" is not a scale (yesno, or MIN-MAX: "
	    "whole numbers 0 to 1000, MIN below MAX)", 2 },
	{ QUIZ, QH "a,c,t,,0,,,,,\n", "weight: \"0\" is not a weight (a number above 0, up "
	    "to 1000, with at most 3 decimals)", 2 },
	{ QUIZ, QH "a,c,t,,1.2345,,,,,\n", "weight: \"1.2345\" is not a weight (a number "
	    "above 0, up to 1000, with at most 3 decimals)", 2 },
	{ QUIZ, QH "a,c,t,,,maybe,,,,\n", "reverse: \"maybe\" is not yes or no", 2 },
	{ QUIZ, QH "a,c,t,,,,\x07,,,\n", "veto: control character \\x07", 2 },
	{ QUIZ, QH "a,c,t,yesno,,,,never|always,,\n",
	    "labels: only a scale item (MIN-MAX) has labels", 2 },
	{ QUIZ, QH "a,c,t,1-5,,,,never,,\n", "labels: \"never\" is not LOW|HIGH (what 1 and "
	    "5 mean, e.g. never|always)", 2 },
	{ QUIZ, QH "a,c,t,1-5,,,,\xc3|x,,\n", "labels: invalid UTF-8", 2 },
	{ QUIZ, QH "a,c,t,,,,,,a group,\n", "require: \"a group\" is not yes, no or a group "
	    "name (1 to 64 letters, digits, '.', '_' or '-')", 2 },
	{ QUIZ, "id,category,text\na,c,t\nb,c,t\na,d,t\n",
	    "duplicate id \"a\" (first on line 2)", 4 },
	{ QUIZ, QH "a,c,t,,,,,,,often\n", "advise: \"often\" is not high or low", 2 },
	{ QUIZ, QH "a,c,t,,,,,,,low\nb,d,t,,,,,,,high\nc,c,t,,,,,,,HIGH\n",
	    "advise: high, but category \"c\" is advised low on line 2", 4 },
	{ QUIZ, QH "a,c,t,,,,,,,\nlow,total,,0-3,,,,,,\n", "text is empty", 3 },
	{ QUIZ, QH "a,c,t,,,,,,,\nlow,total,Few,3,,,,,,\n", "scale: \"3\" is not a range of "
	    "total points for an outcome (MIN-MAX, whole numbers 0 to 999999)", 3 },
	{ QUIZ, QH "a,c,t,,,,,,,\nlow,total,Few,0-3,2,,,,,\n",
	    "weight: an outcome (category total) has none", 3 },
	{ QUIZ, QH "a,c,t,,,,,,,\nlow,total,Few,0-3,,,,,,low\n",
	    "advise: an outcome (category total) has none", 3 },
	{ QUIZ, "id,category,text,scale\nlow,total,Few,0-3\nlow,total,Many,4-9\na,c,t,\n",
	    "duplicate outcome \"low\" (first on line 2)", 3 },
	{ QUIZ, "id,category,text,scale\nlow,total,Few,0-3\nhigh,total,Many,3-9\n",
	    "points 3-9 overlap outcome low (line 2)", 3 },
	{ QUIZ, "id,category,text,scale\nlow,total,Few,0-3\n", "no questions in the quiz "
	    "file", 0 },
	{ QUIZ_TSV, "id\tcategory\ttext\na\tc\tt\tu\n", "4 fields where the header has 3", 2 },

	/* answers files, against the quizzes alpha (a1, a2) and beta (b1) */
	{ ANSWERS, "answer\nyes\n", "the header needs a question column", 1 },
	{ ANSWERS, "question\na1\n", "the header needs an answer column", 1 },
	{ ANSWERS, "question,answer,note\n", "unknown column \"note\" (answers have question, "
	    "answer and respondent)", 1 },
	{ ANSWERS, "question,answer\na1,yes\nx9,yes\n",
	    "\"x9\" is not a question of alpha or beta", 3 },
	{ ANSWERS, "question,answer\na2,9\n", "\"9\" is not an answer to a2 (1 to 5)", 2 },
	{ ANSWERS, "question,answer\nb1,perhaps\n",
	    "\"perhaps\" is not an answer to b1 (yes or no)", 2 },
	{ ANSWERS, "question,answer\na1,yes\nb1,no\na1,no\n", "a1 is answered twice", 4 },
	{ ANSWERS, "question,answer,respondent\na1,yes,ann\na1,no,bob\na1,no,ann\n",
	    "a1 is answered twice by \"ann\"", 4 },
	{ ANSWERS, "question,answer\na1,yes,extra\n", "3 fields where the header has 2", 2 },
	{ ANSWERS_NO_HEADER, "a1\n", "1 field: with --no-header a row is "
	    "question,answer[,respondent]", 1 },
	{ ANSWERS_NO_HEADER, "a1,yes,ann,x\n", "4 fields: with --no-header a row is "
	    "question,answer[,respondent]", 1 },
	{ ANSWERS_NO_HEADER, "a1,yes\na2\n", "1 field where the first row has 2", 2 },
	{ ANSWERS_NEED, "question,answer\nb1,yes\n", "no answers to the alpha quiz", 0 },
	{ ANSWERS_NEED, "", "no answers to the alpha quiz", 0 },
	{ ANSWERS_NEED, "question,answer\na1,\n", "no answers to the alpha quiz", 0 },
	{ KEPT, "question\n", "the header needs a question and an answer column: --ask adds "
	    "to an answers file", 1 },
	{ KEPT, "question,answer,respondent\n", "a respondent column: --ask adds to one "
	    "person's answers, not to a file of several", 1 },
	{ KEPT, "question,answer,when\n", "unknown column \"when\" (answers have question, "
	    "answer and respondent)", 1 },
	{ KEPT, "question,answer\nb1,yes\nb1,\"no\n", "unterminated quoted field", 3 },
	{ KEPT, "question,answer\nb1,perhaps\na2,9\n", "\"9\" is not an answer to a2 (1 to 5)",
	    3 },
	{ KEPT, "question,answer\na1,yes\nb1,no\na1,no\n", "a1 is answered twice", 4 },

	/* tips files */
	{ TIPS, "", "empty tips file: it needs a header with section and text", 0 },
	{ TIPS, "text\nt\n", "the header needs a section column", 1 },
	{ TIPS, "section,title\ns,t\n", "the header needs a text column", 1 },
	{ TIPS, "section,text,colour\n", "unknown column \"colour\" (a tips file has section, "
	    "step, tags, title, text)", 1 },
	{ TIPS, "section,text\nBasics,t\n", "section: \"Basics\" is not a section name "
	    "(lowercase letters, digits, '-', '_' or '.')", 2 },
	{ TIPS, "section,text\n,t\n", "section: \"\" is not a section name (lowercase "
	    "letters, digits, '-', '_' or '.')", 2 },
	{ TIPS, "section,step,text\ns,8,t\n", "step: \"8\" is not a step (1 to 7, or empty)",
	    2 },
	{ TIPS, "section,step,text\ns,1,t\ns,two,t\n",
	    "step: \"two\" is not a step (1 to 7, or empty)", 3 },
	{ TIPS, "section,tags,text\ns,ok Bad,t\n", "tags: \"Bad\" is not a tag (lowercase "
	    "letters, digits, '-', '_' or '.')", 2 },
	{ TIPS, "section,title,text\ns,\x1b,t\n", "title: control character \\x1b", 2 },
	{ TIPS, "section,text\ns,\n", "text is empty", 2 },
	{ TIPS, "section,text\ns,t\ns,u\ns\n", "1 field where the header has 2", 4 },
	{ TIPS, "section,text\ns,a\"b\n", "malformed CSV: a quote must open and close the "
	    "whole field", 2 },
};

static char dir[] = "/tmp/rk-formats-XXXXXX";

static const struct quiz_item alpha_items[] = {
	{ "a1", "c", "A yes or no?", "", "", "", 1, 0, 1, 1000, 0, 0 },
	{ "a2", "c", "How much?", "", "", "", 0, 1, 5, 1000, 0, 0 },
};
static const struct quiz_item beta_items[] = {
	{ "b1", "c", "B yes or no?", "", "", "", 1, 0, 1, 1000, 0, 0 },
};
static const struct quiz_category cats[] = { { "c", "", "", "", QUIZ_ADVISE_HIGH } };
static const struct quiz alpha = { "alpha", "", alpha_items, 2, cats, 1, NULL, 0 };
static const struct quiz beta = { "beta", "", beta_items, 1, cats, 1, NULL, 0 };

static void
write_file(const char *path, const char *s)
{
	FILE *fp = fopen(path, "w");

	if (fp == NULL || fputs(s, fp) == EOF || fclose(fp) != 0) {
		perror(path);
		exit(2);
	}
}

/* Read PATH as ROW's reader does; -1 with E set on an error. */
static int
read_as(const struct row *row, const char *path, const struct quiz_set *set,
    struct rk_error *e)
{
	struct csv_dialect d = { ',', 0 };
	struct answer_sheets a;
	struct answers_kept k;
	struct tip_list l;
	struct quiz *q;
	int ret;

	switch (row->reader) {
	case QUIZ:
	case QUIZ_TSV:
		d.delim = row->reader == QUIZ_TSV ? '\t' : ',';
		if ((q = quiz_file_read(path, &d, e)) == NULL)
			return -1;
		quiz_file_free(q);
		return 0;
	case ANSWERS:
	case ANSWERS_NO_HEADER:
	case ANSWERS_NEED:
		d.no_header = row->reader == ANSWERS_NO_HEADER;
		answers_init(&a, set);
		if (row->reader == ANSWERS_NEED)
			answers_need(&a, 0, alpha.nitems, "the alpha quiz");
		ret = answers_read(&a, path, &d, e);
		answers_free(&a);
		return ret;
	case KEPT:
		ret = answers_kept_read(&k, path, &alpha, e);
		CHECK(ret == 0 || (k.cells == NULL && k.nrows == 0));
		answers_kept_free(&k);
		return ret;
	case TIPS:
		ret = tip_file_read(path, &d, &l, e);
		CHECK(ret == 0 || (l.tips == NULL && l.n == 0));
		tip_list_free(&l);
		return ret;
	}
	return 0;
}

/* What a good file gives: the readers' happy paths, for contrast. */
static void
check_good(const struct quiz_set *set)
{
	char path[64];
	struct rk_error e = { 0 };
	struct csv_dialect d = { ',', 0 };
	struct answer_sheets a;
	struct answers_kept k;
	struct tip_list l;
	struct quiz *q;

	snprintf(path, sizeof path, "%s/good.csv", dir);
	write_file(path, QH "a,c,t,1-5,1.5,yes,,never|always,yes,low\n"
	    "b,d,t,,,,,,,\nfew,total,Few,0-3,,,,,,\n");
	q = quiz_file_read(path, &d, &e);
	CHECK(q != NULL && q->nitems == 2 && q->ncats == 2 && q->noutcomes == 1);
	CHECK(q != NULL && q->items[0].weight == 1500 && q->items[0].reverse &&
	    q->cats[0].advise == QUIZ_ADVISE_LOW);
	CHECK_STR(e.msg, "");
	quiz_file_free(q);

	write_file(path, "question,answer,respondent\na1,yes,ann\na2,4,bob\nb1,,ann\n");
	answers_init(&a, set);
	answers_need(&a, 0, alpha.nitems, "the alpha quiz");
	CHECK(answers_read(&a, path, &d, &e) == 0 && a.n == 2 && a.named);
	CHECK(a.n == 2 && answers_values(&a, 0)[0] == 1 && answers_values(&a, 1)[1] == 4 &&
	    answers_values(&a, 0)[2] == QUIZ_NO_ANSWER);
	answers_free(&a);
	CHECK_STR(e.msg, "");

	write_file(path, "answer,question\nyes,b1\nno,a1\n");
	CHECK(answers_kept_read(&k, path, &alpha, &e) == 0 && k.nrows == 2 && k.ncols == 2);
	CHECK(k.nrows == 2 && k.qcol == 1 && strcmp(k.cells[3], "b1") == 0);
	CHECK(k.values[0] == 0 && k.values[1] == QUIZ_NO_ANSWER);
	CHECK_STR(e.msg, "");
	answers_kept_free(&k);
	snprintf(path, sizeof path, "%s/missing.csv", dir);
	CHECK(answers_kept_read(&k, path, &alpha, &e) == 0 && k.nrows == 1);
	CHECK(k.values[0] == QUIZ_NO_ANSWER && k.values[1] == QUIZ_NO_ANSWER);
	answers_kept_free(&k);

	snprintf(path, sizeof path, "%s/good.csv", dir);
	write_file(path, "section,step,tags,title,text\ns,1,a b,T,t\nu,,,,v\n");
	CHECK(tip_file_read(path, &d, &l, &e) == 0 && l.n == 2 && l.tips[0].step == 1);
	tip_list_free(&l);
	CHECK_STR(e.msg, "");
	unlink(path);

	/* A file that cannot be opened: its name and the system's reason. */
	snprintf(path, sizeof path, "%s/missing.csv", dir);
	CHECK(quiz_file_read(path, &d, &e) == NULL);
	CHECK_STR(e.msg, "No such file or directory");
	CHECK_STR(e.file, path);
	CHECK(e.line == 0);
	rk_error_clear(&e);
	CHECK(tip_file_read(path, &d, &l, &e) < 0 && l.n == 0);
	CHECK_STR(e.msg, "No such file or directory");
	rk_error_clear(&e);
	answers_init(&a, set);
	CHECK(answers_read(&a, path, &d, &e) < 0);
	CHECK_STR(e.msg, "No such file or directory");
	answers_free(&a);
}

/* A message names the file by its whole path, however long. */
static void
check_long_name(void)
{
	char sub[256], path[512];
	struct csv_dialect d = { ',', 0 };
	struct rk_error e = { 0 };

	memset(sub, 'd', 200);
	sub[200] = '\0';
	snprintf(path, sizeof path, "%s/%s", dir, sub);
	if (mkdir(path, 0700) != 0) {
		perror(path);
		exit(2);
	}
	snprintf(path + strlen(path), sizeof path - strlen(path), "/%0100d.csv", 0);
	write_file(path, "");
	CHECK(quiz_file_read(path, &d, &e) == NULL);
	CHECK_STR(e.file, path);
	CHECK(strlen(e.file) > 300);
	unlink(path);
	*strrchr(path, '/') = '\0';
	rmdir(path);
}

int
main(void)
{
	const struct quiz *quizzes[] = { &alpha, &beta };
	struct quiz_set set;
	char path[64];
	size_t i;

	if (mkdtemp(dir) == NULL) {
		perror(dir);
		return 2;
	}
	if (quiz_set_init(&set, quizzes, 2) >= 0)
		return 2;
	snprintf(path, sizeof path, "%s/in.csv", dir);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct rk_error e = { 0 };

		write_file(path, rows[i].file);
		if (read_as(&rows[i], path, &set, &e) == 0) {
			fprintf(stderr, "row %zu: read without an error\n", i);
			CHECK(0);
			continue;
		}
		CHECK_STR(e.msg, rows[i].msg);
		CHECK_STR(e.file, path);
		if (e.line != rows[i].line)
			fprintf(stderr, "row %zu: line %lu, want %lu\n", i, e.line, rows[i].line);
		CHECK(e.line == rows[i].line);
		CHECK(!e.usage);
	}
	unlink(path);
	check_good(&set);
	check_long_name();
	quiz_set_free(&set);
	rmdir(dir);
	return check_done("formats_test");
}
