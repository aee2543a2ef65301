/* regex_cost: the size of an extended regular expression, repetitions expanded. */
#include <stdio.h>
#include <string.h>

#include "lib/regex_cost.h"

struct scan {
	const char *p;
	int too_deep;
};

static double alternatives(struct scan *sc, int depth);

/* "{m}", "{m,}" or "{m,n}" at *P: the copies it makes, or -1 (and *P
 * unmoved) when it is no bound, which regcomp will judge. */
static double
bound(const char **p)
{
	const char *s = *p + 1;
	double m = 0, n = -1;

	if (*s < '0' || *s > '9')
		return -1;
	while (*s >= '0' && *s <= '9')
		m = m * 10 + (*s++ - '0');
	if (*s == ',') {
		s++;
		if (*s >= '0' && *s <= '9')
			for (n = 0; *s >= '0' && *s <= '9'; s++)
				n = n * 10 + (*s - '0');
		else
			n = m + 1;      /* {m,}: m copies and a star */
	}
	if (*s != '}')
		return -1;
	*p = s + 1;
	return n < 0 ? m : n;
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
static double
piece(struct scan *sc, int depth)
{
	const char **p = &sc->p;
	double size = 1, n;

	switch (**p) {
	case '(':
		(*p)++;
		size = alternatives(sc, depth + 1);
		if (**p == ')')
			(*p)++;
		break;
	case '[':
		bracket(p);
		break;
	case '\\':
		(*p)++;
		if (**p != '\0')
			(*p)++;
		break;
	default:
		(*p)++;
	}
	for (;;) {
		if (**p == '*' || **p == '?') {
			(*p)++;
		} else if (**p == '+') {
			(*p)++;
			size *= 2;      /* x+ is xx* */
		} else if (**p == '{' && (n = bound(p)) >= 0) {
			size *= n > 1 ? n : 1;
		} else {
			return size;
		}
	}
}

static double
alternatives(struct scan *sc, int depth)
{
	double size = 0;

	if (depth > REGEX_DEPTH_MAX) {
		sc->too_deep = 1;
		sc->p += strlen(sc->p);
		return 0;
	}
	while (*sc->p != '\0' && *sc->p != ')') {
		if (*sc->p == '|')
			sc->p++;
		else
			size += piece(sc, depth);
	}
	return size;
}

static double
cost(const char *pat, int *too_deep)
{
	struct scan sc = { pat, 0 };
	double size = 0;

	/* A ')' with no '(' is an ordinary character in an ERE. */
	while (*sc.p != '\0') {
		size += alternatives(&sc, 0);
		if (*sc.p == ')')
			sc.p++, size++;
	}
	*too_deep = sc.too_deep;
	return size;
}

double
regex_cost(const char *pat)
{
	int too_deep;
	double size = cost(pat, &too_deep);

	return too_deep ? 1e300 : size;
}

int
regex_cost_check(const char *pat, char *why, size_t whylen)
{
	int too_deep;
	double size = cost(pat, &too_deep);

	if (too_deep) {
		snprintf(why, whylen, "groups nest more than %d deep", REGEX_DEPTH_MAX);
		return -1;
	}
	if (size > (double)strlen(pat) + REGEX_COST_MAX) {
		snprintf(why, whylen, "its repetition counts would make it too large "
		    "to compile (more than %d parts added); use smaller counts",
		    REGEX_COST_MAX);
		return -1;
	}
	return 0;
}
