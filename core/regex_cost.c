/* regex_cost: the size of an extended regular expression, repetitions expanded. */
#include <stdio.h>
#include <string.h>

#include "core/regex_cost.h"

/* What a part of a pattern costs: the parts (characters, bracket
 * expressions) it holds once expanded, and its branch points: the places
 * where a match may go two ways or none (|, *, ?, +, the optional copies
 * of a bound, an anchor, a group).  glibc works out, for each branch
 * point, every place it can reach without reading a character, so their
 * cost grows with the square of their number: 15,000 alternatives take
 * 1.8 GB. */
struct cost {
	double parts;
	double branches;
	double anchors;     /* ^ $ \b \B \< \> \` \' */
	double nullreps;    /* repetitions of what can match nothing: (a*)* */
	int nullable;       /* it can match nothing */
	int nulldepth;      /* such repetitions nested: ((a*)*)* is 2 */
};

struct scan {
	const char *p;
	int too_deep;
	int backref;
};

/* An anchor costs ten times a branch: 500 anchors in a row take more
 * than 64 MiB. */
#define ANCHOR_BRANCHES 10
/* A repetition of a repetition (a**, ()*??): glibc takes seconds on a
 * thousand of them, and half a second on a hundred after an empty group,
 * so each after the first costs fifty. */
#define STACKED_BRANCHES 50

static struct cost alternatives(struct scan *sc, int depth);

/* "{m}", "{m,}", "{m,n}" or GNU's "{,n}" at *P: the copies it makes, and
 * in *OPT how many of them are optional; or -1 (and *P unmoved) when it is
 * no bound, which regcomp will judge. */
static double
bound(const char **p, double *opt)
{
	const char *s = *p + 1;
	double m = 0, n = -1;

	/* glibc reads an escaped comma as a comma there: a{\,3267}. */
	if ((*s < '0' || *s > '9') && *s != ',' && !(s[0] == '\\' && s[1] == ','))
		return -1;
	while (*s >= '0' && *s <= '9')
		m = m * 10 + (*s++ - '0');
	if (*s == ',' || (s[0] == '\\' && s[1] == ',')) {
		s += *s == ',' ? 1 : 2;
		if (*s >= '0' && *s <= '9')
			for (n = 0; *s >= '0' && *s <= '9'; s++)
				n = n * 10 + (*s - '0');
		else
			n = m + 1;      /* {m,}: m copies and a star */
	}
	if (*s != '}')
		return -1;
	*p = s + 1;
	if (n < 0)
		n = m;
	*opt = n > m ? n - m : 0;
	return n;
}

/* A bracket expression from its '[' at *P: to just past its ']'. */
static void
bracket(const char **p)
{
	const char *s = *p + 1;

	if (*s == '^')
		s++;
	if (*s == ']')
		s++;
	while (*s != '\0' && *s != ']') {
		if (*s == '[' && (s[1] == ':' || s[1] == '.' || s[1] == '=')) {
			char end[3] = { s[1], ']', '\0' };
			const char *e = strstr(s + 2, end);

			s = e != NULL ? e + 2 : s + strlen(s);
		} else {
			s++;
		}
	}
	*p = *s == ']' ? s + 1 : s;
}

/* One atom and the repetitions after it. */
static struct cost
piece(struct scan *sc, int depth)
{
	const char **p = &sc->p;
	struct cost c = { 1, 0, 0, 0, 0, 0 };
	double n, opt;
	int reps = 0;

	switch (**p) {
	case '(':
		(*p)++;
		c = alternatives(sc, depth + 1);
		if (c.parts < 1)
			c.parts = 1;        /* () still makes a node */
		c.branches++;
		if (**p == ')')
			(*p)++;
		break;
	case '[':
		bracket(p);
		break;
	case '\\':
		(*p)++;
		if (**p >= '1' && **p <= '9')
			sc->backref = 1;
		if (**p != '\0' && strchr("bB<>`'", **p) != NULL) {
			c.branches = ANCHOR_BRANCHES;
			c.anchors = 1;
			c.nullable = 1;
		}
		if (**p != '\0')
			(*p)++;
		break;
	case '^':
	case '$':
		(*p)++;
		c.branches = ANCHOR_BRANCHES;
		c.anchors = 1;
		c.nullable = 1;
		break;
	default:
		(*p)++;
	}
	for (;; reps++) {
		double extra = reps > 0 ? STACKED_BRANCHES : 1;

		if (**p == '*' || **p == '?') {
			(*p)++;
			c.branches += extra;
			c.nullreps += c.nullable;
			c.nulldepth += c.nullable && reps == 0;
			c.nullable = 1;
		} else if (**p == '+') {
			(*p)++;
			c.parts *= 2;      /* x+ is xx* */
			c.branches = c.branches * 2 + extra;
			c.anchors *= 2;
			c.nullreps = c.nullreps * 2 + c.nullable;
			c.nulldepth += c.nullable && reps == 0;
		} else if (**p == '{' && (n = bound(p, &opt)) >= 0) {
			if (n < 1)
				n = 1;
			c.parts *= n;
			c.branches = c.branches * n + opt * (reps > 0 ? STACKED_BRANCHES : 1);
			c.anchors *= n;
			c.nullreps = c.nullreps * n + opt * c.nullable;
			c.nulldepth += opt > 0 && c.nullable && reps == 0;
			if (n == opt)
				c.nullable = 1;
		} else {
			return c;
		}
	}
}

/* ONE after what C holds, in sequence: the counts add up, and the deepest
 * nesting of empty repetitions is the deeper of the two. */
static void
add(struct cost *c, const struct cost *one)
{
	c->parts += one->parts;
	c->branches += one->branches;
	c->anchors += one->anchors;
	c->nullreps += one->nullreps;
	if (one->nulldepth > c->nulldepth)
		c->nulldepth = one->nulldepth;
}

static struct cost
alternatives(struct scan *sc, int depth)
{
	struct cost c = { 0, 0, 0, 0, 0, 0 }, one;
	int seq_nullable = 1;

	if (depth > REGEX_DEPTH_MAX) {
		sc->too_deep = 1;
		sc->p += strlen(sc->p);
		return c;
	}
	while (*sc->p != '\0' && *sc->p != ')') {
		if (*sc->p == '|') {
			sc->p++;
			c.branches++;
			c.nullable |= seq_nullable;
			seq_nullable = 1;
		} else {
			one = piece(sc, depth);
			add(&c, &one);
			seq_nullable &= one.nullable;
		}
	}
	c.nullable |= seq_nullable;
	return c;
}

static struct cost
cost(const char *pat, int *too_deep, int *backref)
{
	struct scan sc = { pat, 0, 0 };
	struct cost c = { 0, 0, 0, 0, 0, 0 }, one;

	/* A ')' with no '(' is an ordinary character in an ERE. */
	while (*sc.p != '\0') {
		one = alternatives(&sc, 0);
		add(&c, &one);
		if (*sc.p != ')')
			continue;
		/* The lone ')', and its repetitions: a){,3267} took 86 MB. */
		one = piece(&sc, 0);
		add(&c, &one);
	}
	*too_deep = sc.too_deep;
	*backref = sc.backref;
	return c;
}

double
regex_cost(const char *pat)
{
	int too_deep, backref;
	struct cost c = cost(pat, &too_deep, &backref);

	return too_deep ? 1e300 : c.parts;
}

double
regex_branches(const char *pat)
{
	int too_deep, backref;
	struct cost c = cost(pat, &too_deep, &backref);

	return too_deep ? 1e300 : c.branches;
}

int
regex_cost_check(const char *pat, char *why, size_t whylen)
{
	int too_deep, backref;
	struct cost c = cost(pat, &too_deep, &backref);

	if (too_deep) {
		snprintf(why, whylen, "groups nest more than %d deep", REGEX_DEPTH_MAX);
		return -1;
	}
	if (backref) {
		snprintf(why, whylen, "back-references (\\1 to \\9) are refused: "
		    "matching one can take longer than any wait");
		return -1;
	}
	if (c.parts > (double)strlen(pat) + REGEX_COST_MAX) {
		snprintf(why, whylen, "its repetition counts would make it too large "
		    "to compile (more than %d parts added); use smaller counts",
		    REGEX_COST_MAX);
		return -1;
	}
	if (c.branches > REGEX_BRANCH_MAX) {
		snprintf(why, whylen, "it has too many alternatives, repetitions, "
		    "anchors and groups to compile (more than %d, counted once "
		    "expanded); use fewer", REGEX_BRANCH_MAX);
		return -1;
	}
	if (c.nulldepth > 1) {
		snprintf(why, whylen, "it repeats, inside a repetition, a part that "
		    "can match nothing, as in ((a*)*)* or (()?){,4}: that takes "
		    "exponential time to compile");
		return -1;
	}
	if (c.anchors > REGEX_ANCHOR_MAX ||
	    (c.anchors > 0 && c.nullreps > REGEX_NULLREP_MAX)) {
		snprintf(why, whylen, "with anchors (^, $, \\b, \\<, \\>), more than "
		    "%d anchors or %d repetitions of what can match nothing, as in "
		    "(a*)*, take too long to compile", REGEX_ANCHOR_MAX,
		    REGEX_NULLREP_MAX);
		return -1;
	}
	return 0;
}
