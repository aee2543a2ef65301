/* gen_quiz: compile data/quiz-*.csv and data/categories.csv into the
 * builtin_quizzes table, through the parser that reads users' quiz files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/quiz.h"
#include "core/text.h"
#include "io/csv.h"
#include "io/quiz_file.h"
#include "tools/c_literal.h"
#include "util/err.h"

/* The built-in quizzes, in the order --list shows them. */
static const struct {
	const char *name, *title;
} quizzes[] = {
	{ "why", "Why he left: the five reasons" },
	{ "qualify", "Three questions before you try again" },
	{ "signs", "Signs you should get back together" },
	{ "his-signs", "Signs he wants you back" },
};
#define NQUIZZES (sizeof quizzes / sizeof quizzes[0])

static struct quiz *loaded[NQUIZZES];

/* Read categories.csv into the categories of the quizzes: each row names a
 * category some quiz has, and each category of a quiz gets exactly one. */
static void
read_categories(const char *path)
{
	static const char *const cols[] = { "quiz", "category", "title", "summary", "advice" };
	struct csv_reader *r = xcsv_open(path, NULL);
	const struct csv_record *h, *rec;
	long col[5];
	size_t i, k;

	h = csv_reader_header(r);
	csv_reader_check(r);
	if (h == NULL)
		diag_die("%s: empty file", path);
	if (h->nf != 5)
		diag_die_at(path, h->line, "the header must be quiz,category,title,summary,advice");
	for (i = 0; i < 5; i++)
		if ((col[i] = csv_reader_find(r, cols[i])) < 0)
			diag_die_at(path, h->line, "the header needs a %s column", cols[i]);
	while ((rec = csv_reader_next(r)) != NULL) {
		struct quiz_category *c = NULL;

		for (k = 0; k < NQUIZZES; k++)
			if (strcmp(quizzes[k].name, rec->f[col[0]]) == 0)
				break;
		if (k == NQUIZZES)
			csv_reader_die(r, rec, "no quiz %s", quote(rec->f[col[0]]));
		for (i = 0; i < loaded[k]->ncats; i++)
			if (strcmp(loaded[k]->cats[i].name, rec->f[col[1]]) == 0)
				c = (struct quiz_category *)&loaded[k]->cats[i];
		if (c == NULL)
			csv_reader_die(r, rec, "quiz %s has no category %s", quizzes[k].name,
			    quote(rec->f[col[1]]));
		if (*c->title != '\0')
			csv_reader_die(r, rec, "category %s of %s comes twice", c->name,
			    quizzes[k].name);
		for (i = 2; i < 5; i++)
			if (rec->len[col[i]] == 0)
				csv_reader_die(r, rec, "%s is empty", cols[i]);
		c->title = xstrdup(rec->f[col[2]]);
		c->summary = xstrdup(rec->f[col[3]]);
		c->advice = xstrdup(rec->f[col[4]]);
	}
	csv_reader_check(r);
	csv_reader_close(r);
	for (k = 0; k < NQUIZZES; k++)
		for (i = 0; i < loaded[k]->ncats; i++)
			if (*loaded[k]->cats[i].title == '\0')
				diag_die("%s: no row for category %s of quiz %s", path,
				    loaded[k]->cats[i].name, quizzes[k].name);
}

static void
emit_quiz(size_t k)
{
	const struct quiz *q = loaded[k];
	size_t i;

	printf("static const struct quiz_category cats_%zu[] = {\n", k);
	for (i = 0; i < q->ncats; i++) {
		printf("\t{ .name = ");
		c_literal(stdout, q->cats[i].name);
		printf(",\n\t  .title = ");
		c_literal(stdout, q->cats[i].title);
		printf(",\n\t  .summary = ");
		c_literal(stdout, q->cats[i].summary);
		printf(",\n\t  .advice = ");
		c_literal(stdout, q->cats[i].advice);
		printf(",\n\t  .advise = %s },\n", q->cats[i].advise == QUIZ_ADVISE_LOW ?
		    "QUIZ_ADVISE_LOW" : "QUIZ_ADVISE_HIGH");
	}
	printf("};\n\nstatic const struct quiz_item items_%zu[] = {\n", k);
	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];

		printf("\t{ .id = ");
		c_literal(stdout, it->id);
		printf(", .category = ");
		c_literal(stdout, it->category);
		printf(",\n\t  .text = ");
		c_literal(stdout, it->text);
		printf(",\n\t  .veto = ");
		c_literal(stdout, it->veto);
		printf(",\n\t  .labels = ");
		c_literal(stdout, it->labels);
		printf(",\n\t  .require = ");
		c_literal(stdout, it->require);
		printf(",\n\t  .yesno = %d, .min = %d, .max = %d, .weight = %ld, "
		    ".reverse = %d, .cat = %zu },\n",
		    it->yesno, it->min, it->max, it->weight, it->reverse, it->cat);
	}
	printf("};\n\n");
	if (q->noutcomes == 0)
		return;
	printf("static const struct quiz_outcome outcomes_%zu[] = {\n", k);
	for (i = 0; i < q->noutcomes; i++) {
		printf("\t{ .name = ");
		c_literal(stdout, q->outcomes[i].name);
		printf(",\n\t  .text = ");
		c_literal(stdout, q->outcomes[i].text);
		printf(",\n\t  .min = %ld, .max = %ld },\n", q->outcomes[i].min,
		    q->outcomes[i].max);
	}
	printf("};\n\n");
}

int
main(int argc, char *argv[])
{
	const struct quiz *all[NQUIZZES];
	struct quiz_set set;
	struct rk_error e = { 0 };
	char path[4096];
	long dup;
	size_t k;

	diag_init(argv[0]);
	if (argc != 2)
		diag_die("usage: gen_quiz DATADIR");
	for (k = 0; k < NQUIZZES; k++) {
		snprintf(path, sizeof path, "%s/quiz-%s.csv", argv[1], quizzes[k].name);
		if ((all[k] = loaded[k] = quiz_file_read(path, NULL, &e)) == NULL)
			diag_die_error(&e);
	}
	/* rk-ready reads answers to several quizzes from one file. */
	if ((dup = quiz_set_init(&set, all, NQUIZZES)) == QUIZ_SET_NO_MEMORY)
		diag_die("out of memory");
	if (dup >= 0)
		diag_die("%s: id %s is in two quizzes", argv[1],
		    quiz_set_item(&set, (size_t)dup, NULL)->id);
	quiz_set_free(&set);
	snprintf(path, sizeof path, "%s/categories.csv", argv[1]);
	read_categories(path);

	printf("/* Generated from %s/quiz-*.csv and categories.csv by gen_quiz: "
	    "do not edit. */\n#include \"core/quiz.h\"\n\n", argv[1]);
	for (k = 0; k < NQUIZZES; k++)
		emit_quiz(k);
	printf("const struct quiz builtin_quizzes[] = {\n");
	for (k = 0; k < NQUIZZES; k++) {
		printf("\t{ .name = ");
		c_literal(stdout, quizzes[k].name);
		printf(", .title = ");
		c_literal(stdout, quizzes[k].title);
		printf(",\n\t  .items = items_%zu, .nitems = %zu, .cats = cats_%zu, "
		    ".ncats = %zu", k, loaded[k]->nitems, k, loaded[k]->ncats);
		if (loaded[k]->noutcomes > 0)
			printf(",\n\t  .outcomes = outcomes_%zu, .noutcomes = %zu", k,
			    loaded[k]->noutcomes);
		printf(" },\n");
	}
	printf("};\n\nconst size_t builtin_nquizzes = %zu;\n", NQUIZZES);

	for (k = 0; k < NQUIZZES; k++) {
		size_t i;

		for (i = 0; i < loaded[k]->ncats; i++) {
			free((char *)loaded[k]->cats[i].title);
			free((char *)loaded[k]->cats[i].summary);
			free((char *)loaded[k]->cats[i].advice);
		}
		quiz_file_free(loaded[k]);
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		diag_die_errno("write error");
	return 0;
}
