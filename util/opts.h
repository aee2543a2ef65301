/*
 * opts: a program's options as one table.  The table drives getopt_long,
 * --help and the shell completions that tools/mkcomplete.c writes at build
 * time, so the three never drift apart.  Adding an option is one line in
 * the table and one case in main().  The options every program shares are
 * defined here once, as the OPT_* entries below.
 */
#ifndef RK_OPTS_H
#define RK_OPTS_H

#include <getopt.h>
#include <stdio.h>

#include "io/csv.h"
#include "io/out.h"

struct opt {
	const char *name;     /* the long name, or NULL */
	int key;              /* the short letter, or a number >= 256 */
	const char *arg;      /* the argument's name in --help; NULL: none */
	const char *help;     /* one or more sentences; --help wraps them.
	                       * "{}" stands for the option's value set. */
	const char *values;   /* what completes the argument (or operand):
	                       * NULL nothing, "@file" a file, "@quiz",
	                       * "@section" or "@sign" the built-in names,
	                       * or the words themselves: "csv tsv text" */
};

struct opts_prog {
	const char *name;
	const char *synopsis;  /* the "usage:" lines, as in the man page */
	const char *about;     /* what the program does, before the options */
	const char *epilog;    /* after the options, or NULL */
	const struct opt *opts;        /* ends with OPT_END */
	const char *first_operand;     /* completion of the first operand */
	const char *operands;          /* and of the others */
};

/* Keys of the shared long-only options; a program's own start at 256.
 * OPT_OPERAND marks a row of --help that explains an operand, named by
 * its arg: getopt never sees it. */
enum { OPT_OPERAND = -1, OPT_K_FORMAT = 1000, OPT_K_TODAY, OPT_K_NO_HEADER };

#define OPT_DELIMITER(help) { "delimiter", 'd', "C", help, NULL }
#define OPT_TSV             { "tsv", 't', NULL, "same as -d tab", NULL }
#define OPT_NO_HEADER(help) { "no-header", OPT_K_NO_HEADER, NULL, help, NULL }
#define OPT_FORMAT(help)    { "format", OPT_K_FORMAT, "FMT", help, "csv tsv text" }
#define OPT_TODAY(help)     { "today", OPT_K_TODAY, "DATE", help, NULL }
#define OPT_HELP            { "help", 'h', NULL, "show this help", NULL }
#define OPT_VERSION         { "version", 'V', NULL, "show the version", NULL }
#define OPT_END             { NULL, 0, NULL, NULL, NULL }

/*
 * The next option of ARGV, as getopt_long(3) returns it, with optarg set;
 * -1 at the first operand.  -h and -V are answered here (exit 0).  A bad
 * option gets getopt's message, with "did you mean --NAME?" when a long
 * name is near, then the help on stderr, and exits 2.
 */
int opts_next(const struct opts_prog *p, int argc, char *argv[]);
/*
 * The shared options: -d, -t, --no-header set *DIALECT, --format *FORMAT,
 * --today *TODAY.  A program passes NULL for what it does not take.
 */
void opts_common(int key, const char *arg, struct csv_dialect *dialect,
    enum out_format *format, const char **today);

/*
 * The words of a value set ("@quiz", "@section", "@sign" or a list of
 * words) passed one at a time to FN; "@file" and NULL have none.
 */
void opts_values(const char *set, void (*fn)(const char *word, void *ctx), void *ctx);

#endif
