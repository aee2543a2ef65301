/* opts: a program's options as one table (see opts.h). */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/suggest.h"
#include "core/text.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/opts.h"

#define OPTS_MAX 64
#define HELP_COLS 79           /* every line of --help fits 80 columns */
#define HELP_LEAD_MAX 26       /* a longer lead puts the help on its own line */

static const struct opts_prog *built;
static struct option longopts[OPTS_MAX + 1];
static char shortopts[3 * OPTS_MAX + 2];

static void
build(const struct opts_prog *p)
{
	const struct opt *o;
	size_t nl = 0, ns = 0;

	/* ':' first: a missing argument returns ':', and getopt prints
	 * nothing, so that the messages below can say more. */
	shortopts[ns++] = ':';
	for (o = p->opts; o->key != 0; o++) {
		if (o->key == OPT_OPERAND)
			continue;
		if (nl == OPTS_MAX)
			diag_die("too many options");
		if (o->name != NULL) {
			longopts[nl].name = o->name;
			longopts[nl].has_arg = o->arg != NULL ? required_argument : no_argument;
			longopts[nl].flag = NULL;
			longopts[nl].val = o->key;
			nl++;
		}
		if (o->key < 256) {
			shortopts[ns++] = (char)o->key;
			if (o->arg != NULL)
				shortopts[ns++] = ':';
		}
	}
	memset(&longopts[nl], 0, sizeof longopts[nl]);
	shortopts[ns] = '\0';
	built = p;
}

/* The help: synopsis, about, the options, the epilog, to FP. */
static void opts_help(const struct opts_prog *p, FILE *fp);

static _Noreturn void
bad_option(const struct opts_prog *p, const char *fmt, const char *what, const char *more)
{
	fprintf(stderr, "%s: ", diag_progname());
	fprintf(stderr, fmt, what);
	fprintf(stderr, "%s\n", more);
	opts_help(p, stderr);
	out_exit(RK_EXIT_ERROR);
}

/* A bad long option ARG ("--name" or "--name=value"): getopt's own words,
 * which it leaves to us with opterr off, and the nearest name. */
static _Noreturn void
bad_long(const struct opts_prog *p, const char *arg, int missing)
{
	const char *names[OPTS_MAX], *near;
	char word[64], more[96], list[1024];
	size_t len = strcspn(arg + 2, "="), n = 0, nmatch = 0, used = 0, i;
	const struct opt *o, *match = NULL;

	snprintf(word, sizeof word, "%.*s", (int)len, arg + 2);
	if (missing)
		bad_option(p, "option '--%s' requires an argument", word, "");
	list[0] = '\0';
	for (o = p->opts; o->key != 0; o++) {
		if (o->name == NULL)
			continue;
		names[n++] = o->name;
		if (strcmp(o->name, word) == 0) {
			match = o, nmatch = 1;
			break;
		}
		if (strncmp(o->name, word, len) == 0) {
			match = o, nmatch++;
			used += (size_t)snprintf(list + used, sizeof list - used, " '--%s'",
			    o->name);
			if (used >= sizeof list)
				used = sizeof list - 1;
		}
	}
	if (nmatch > 1)
		bad_option(p, "option '--%s' is ambiguous; possibilities:", word, list);
	if (nmatch == 1)
		bad_option(p, "option '--%s' doesn't allow an argument", match->name, "");
	more[0] = '\0';
	if ((near = suggest_nearest(word, names, n)) != NULL)
		snprintf(more, sizeof more, "; did you mean --%s?", near);
	for (i = 0; arg[i] != '\0' && arg[i] != '='; i++)
		;
	snprintf(word, sizeof word, "%.*s", (int)i, arg);
	bad_option(p, "unrecognized option '%s'", word, more);
}

int
opts_next(const struct opts_prog *p, int argc, char *argv[])
{
	char c[2];
	int ch;

	if (built != p)
		build(p);
	opterr = 0;
	ch = getopt_long(argc, argv, shortopts, longopts, NULL);
	switch (ch) {
	case 'h':
		opts_help(p, stdout);
		out_exit(0);
	case 'V':
		printf("%s (rekindle) %s\n", p->name, RK_VERSION);
		out_exit(0);
	case ':':
	case '?':
		if (optind > 0 && optind <= argc && strncmp(argv[optind - 1], "--", 2) == 0 &&
		    argv[optind - 1][2] != '\0')
			bad_long(p, argv[optind - 1], ch == ':');
		c[0] = (char)optopt, c[1] = '\0';
		bad_option(p, ch == ':' ? "option requires an argument -- '%s'" :
		    "invalid option -- '%s'", c, "");
	}
	return ch;
}

void
opts_common(int key, const char *arg, struct csv_dialect *dialect,
    enum out_format *format, const char **today)
{
	if (key == 'd' && dialect != NULL)
		dialect->delim = arg_delim(arg);
	else if (key == 't' && dialect != NULL)
		dialect->delim = '\t';
	else if (key == OPT_K_NO_HEADER && dialect != NULL)
		dialect->no_header = 1;
	else if (key == OPT_K_FORMAT && format != NULL)
		*format = arg_format(arg);
	else if (key == OPT_K_TODAY && today != NULL)
		*today = arg;
	else
		diag_die("option %d is in the table but not handled", key);
}

/* The lead of an option in --help: "  -s, --section NAME". */
static size_t
lead(const struct opt *o, char *buf, size_t n)
{
	int k = o->key > 0 && o->key < 256;

	if (o->key == OPT_OPERAND)
		return (size_t)snprintf(buf, n, "  %s", o->arg);
	return (size_t)snprintf(buf, n, "  %c%c%s%s%s%s%s", k ? '-' : ' ', k ? o->key : ' ',
	    k && o->name != NULL ? ", " : "  ", o->name != NULL ? "--" : "",
	    o->name != NULL ? o->name : "", o->arg != NULL ? " " : "",
	    o->arg != NULL ? o->arg : "");
}

struct joined {
	char *buf;
	size_t used, size;
};

static void
join(const char *word, void *ctx)
{
	struct joined *j = ctx;
	int n = snprintf(j->buf + j->used, j->size - j->used, "%s%s", j->used ? ", " : "",
	    word);

	if (n > 0 && (size_t)n < j->size - j->used)
		j->used += (size_t)n;
}

/* O's help, "{}" replaced by its value set, wrapped from column COL. */
static void
help_text(FILE *fp, const struct opt *o, size_t col, int first_on_line)
{
	char text[1024], set[512];
	struct joined j = { set, 0, sizeof set };
	const char *s = o->help, *brace = strstr(s, "{}");
	size_t n, off, len, used;

	set[0] = '\0';
	if (brace != NULL) {
		opts_values(o->values, join, &j);
		snprintf(text, sizeof text, "%.*s%s%s", (int)(brace - s), s, set, brace + 2);
		s = text;
	}
	n = strlen(s);
	while ((used = wrap_next(s, n, HELP_COLS - col, &off, &len)) > 0) {
		if (!first_on_line)
			fprintf(fp, "%*s", (int)col, "");
		fprintf(fp, "%.*s\n", (int)len, s + off);
		first_on_line = 0;
		s += used;
		n -= used;
	}
}

static void
opts_help(const struct opts_prog *p, FILE *fp)
{
	const struct opt *o;
	char buf[128];
	size_t col = 0, n;

	for (o = p->opts; o->key != 0; o++)
		if ((n = lead(o, buf, sizeof buf)) + 2 > col && n + 2 <= HELP_LEAD_MAX)
			col = n + 2;
	fprintf(fp, "%s%s", p->synopsis, p->about);
	for (o = p->opts; o->key != 0; o++) {
		n = lead(o, buf, sizeof buf);
		fputs(buf, fp);
		if (n + 1 > col) {
			putc('\n', fp);
			help_text(fp, o, col, 0);
		} else {
			fprintf(fp, "%*s", (int)(col - n), "");
			help_text(fp, o, col, 1);
		}
	}
	if (p->epilog != NULL)
		fputs(p->epilog, fp);
}
