/*
 * quiz: pure quiz scoring, with no I/O (rekindle-files(5) has the rule).  An item
 * is worth its weight times its value: for yes/no 1 for yes (reversed: for
 * no), for a MIN-MAX scale answer-MIN (reversed: MAX-answer).  A category
 * adds up its answered items; unanswered items are counted, never guessed.
 *
 * Points are kept in thousandths (weights have at most 3 decimals), so
 * sums are exact and the same on every machine.  A quiz_set looks items up
 * by id across several quizzes, so one respondent's answers to several
 * quizzes (qualify and signs, for rk-ready) live in one array of values.
 */
#ifndef RK_QUIZ_H
#define RK_QUIZ_H

#include <stddef.h>
#include <string.h>

/* The value of an item nobody answered. */
#define QUIZ_NO_ANSWER (-32768)
/* Scale bounds and weights a quiz may use. */
#define QUIZ_SCALE_MAX 1000
#define QUIZ_WEIGHT_MAX 1000
/* The most total points an outcome range may name. */
#define QUIZ_TOTAL_MAX 999999

struct quiz_item {
	const char *id;
	const char *category;
	const char *text;
	const char *veto;       /* why a bad answer rules out trying again, or "" */
	const char *labels;     /* a scale's ends, "never|always", or "" */
	/* "yes": the item must hold, and an answer against it fails its
	 * category whatever the points; a group name: one item of the group
	 * must hold; "": the item only adds points. */
	const char *require;
	int yesno;              /* 1: a yes/no item, with min 0 and max 1 */
	int min, max;           /* the scale */
	long weight;            /* thousandths: 1500 is 1.5 */
	int reverse;
	size_t cat;             /* index into the quiz's categories */
};

/* Which end of a category's score calls for advice (the quiz file's advise
 * column): a high one for a reason or a sign that shows, a low one for a
 * check that holds when it scores. */
enum quiz_advise { QUIZ_ADVISE_HIGH, QUIZ_ADVISE_LOW };
#define QUIZ_ADVISE_NAME(a) ((a) == QUIZ_ADVISE_LOW ? "low" : "high")

struct quiz_category {
	const char *name;
	const char *title;      /* from data/categories.csv, or "" */
	const char *summary;
	const char *advice;
	enum quiz_advise advise;
};

/* What a quiz's result adds up to: the rows of category "total" in a quiz
 * file.  It holds when the total points of all answered items are from min
 * to max (whole points); the ranges of a quiz never overlap. */
struct quiz_outcome {
	const char *name;
	const char *text;
	long min, max;
};

struct quiz {
	const char *name;       /* "why", or the path of a -q file */
	const char *title;      /* "" for a user's file */
	const struct quiz_item *items;
	size_t nitems;
	const struct quiz_category *cats;   /* in order of first appearance */
	size_t ncats;
	const struct quiz_outcome *outcomes;
	size_t noutcomes;
};

/* The category name that marks an outcome row in a quiz file. */
#define QUIZ_TOTAL "total"

/* The quizzes compiled in from data/quiz-*.csv and data/categories.csv. */
extern const struct quiz builtin_quizzes[];
extern const size_t builtin_nquizzes;

/* The built-in quiz called NAME, or NULL.  Inline, so that a program that
 * uses it pulls the generated table from libdata.a, which the Makefile
 * links before librk.a. */
static inline const struct quiz *
quiz_find(const char *name)
{
	size_t i;

	for (i = 0; i < builtin_nquizzes; i++)
		if (strcmp(builtin_quizzes[i].name, name) == 0)
			return &builtin_quizzes[i];
	return NULL;
}

/* Parse answer S to IT: yes/no/y/n/true/false/1/0 (any case) for a yes/no
 * item, a whole number in range for a scale.  Returns 0 and sets *value
 * (1 yes, 0 no, or the number), or -1. */
int quiz_parse_answer(const struct quiz_item *it, const char *s, int *value);
/* The answers IT takes, for messages: "yes or no", "0 to 4". */
const char *quiz_answer_range(const struct quiz_item *it, char *buf, size_t n);
/* Points for answer VALUE to IT, and the most IT can give (thousandths). */
long long quiz_item_points(const struct quiz_item *it, int value);
long long quiz_item_max(const struct quiz_item *it);

/* One category's result. */
struct quiz_result {
	size_t cat;             /* index into the quiz's categories */
	long long score, max;   /* thousandths, over the answered items */
	size_t answered, total;
	int pct10;              /* percent times 10, rounded; -1: none answered */
	long heaviest;          /* the largest weight of its items */
};

/* Score VALUES (one per item of Q, QUIZ_NO_ANSWER for none) into RES, which
 * has room for Q->ncats results, in output order: highest percent first,
 * then the heavier-weighted category (its heaviest item), then quiz order;
 * unanswered categories last, in quiz order. */
void quiz_score(const struct quiz *q, const short *values, struct quiz_result *res);
/* The sum of the NRES results in RES, as one result (cat is unset). */
void quiz_total(const struct quiz_result *res, size_t nres, struct quiz_result *total);
/* The outcome of Q that holds for TOTAL, or NULL (none defined, none
 * answered, or the points fall in no range). */
const struct quiz_outcome *quiz_outcome_of(const struct quiz *q,
    const struct quiz_result *total);

/* "3", "2.5", "0.125": thousandths without needless decimals. */
const char *quiz_format_points(long long milli, char *buf, size_t n);
/* "66.7", or "" for -1. */
const char *quiz_format_percent(int pct10, char *buf, size_t n);

/* Several quizzes seen as one: items numbered 0..nitems-1 across all of
 * them, quiz by quiz, and found by id. */
struct quiz_set {
	const struct quiz **quizzes;
	size_t nquizzes;
	size_t *first;          /* the number of each quiz's first item */
	size_t nitems;
	long *slots;            /* hash of ids: item numbers, -1 empty */
	size_t nslots;
};

/* FNV-1a of the N bytes of S: the hash of the id and respondent tables. */
size_t quiz_hash(const char *s, size_t n);

/* Ids must be unique across the quizzes; returns the number of the first
 * item whose id is already taken, -1 when all are unique, or
 * QUIZ_SET_NO_MEMORY (with S empty, as quiz_set_free leaves it). */
#define QUIZ_SET_NO_MEMORY (-2L)
long quiz_set_init(struct quiz_set *s, const struct quiz *const *quizzes, size_t n)
    __attribute__((warn_unused_result));
void quiz_set_free(struct quiz_set *s);
/* The number of item ID (N bytes), or -1. */
long quiz_set_find(const struct quiz_set *s, const char *id, size_t n);
/* Item number I, and the index of its quiz in *quiz when not NULL. */
const struct quiz_item *quiz_set_item(const struct quiz_set *s, size_t i, size_t *quiz);

#endif
