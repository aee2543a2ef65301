/* rk-tip: print advice from the article, like fortune. */
#include <getopt.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd/rk-tip/for.h"
#include "core/regex_cost.h"
#include "core/suggest.h"
#include "core/text.h"
#include "core/tips.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "io/out.h"
#include "io/tip_file.h"
#include "util/arg.h"
#include "util/err.h"

enum mode { M_RANDOM, M_ALL, M_DAILY, M_LIST };

/* Which tips -s, --step and -m keep. */
struct selection {
	const char *section, *match;
	long step;                /* 0: any */
};

/* How the tips look: text with the title (in bold on a terminal) and the
 * tip wrapped, or CSV and TSV in the tips-file format, so that the output
 * reads back with -f. */
struct look {
	enum out_format format;   /* OUT_TEXT, OUT_CSV, OUT_TSV or OUT_JSON */
	size_t width;             /* text: the columns to wrap to */
	int color;                /* text: titles in bold */
};

enum { OPT_STEP = 256, OPT_DAILY, OPT_SEED, OPT_FOR, OPT_FORMAT, OPT_TODAY };

static const struct option longopts[] = {
	{ "all",       no_argument,       NULL, 'a' },
	{ "count",     required_argument, NULL, 'n' },
	{ "seed",      required_argument, NULL, OPT_SEED },
	{ "daily",     no_argument,       NULL, OPT_DAILY },
	{ "section",   required_argument, NULL, 's' },
	{ "step",      required_argument, NULL, OPT_STEP },
	{ "match",     required_argument, NULL, 'm' },
	{ "for",       no_argument,       NULL, OPT_FOR },
	{ "list",      no_argument,       NULL, 'l' },
	{ "file",      required_argument, NULL, 'f' },
	{ "delimiter", required_argument, NULL, 'd' },
	{ "tsv",       no_argument,       NULL, 't' },
	{ "width",     required_argument, NULL, 'w' },
	{ "format",    required_argument, NULL, OPT_FORMAT },
	{ "today",     required_argument, NULL, OPT_TODAY },
	{ "help",      no_argument,       NULL, 'h' },
	{ "version",   no_argument,       NULL, 'V' },
	{ NULL,        0,                 NULL, 0 }
};

/* LOADED, the tips read so far, with those of the tips file PATH after
 * them. */
static struct tip_list
load_file(const char *path, struct csv_dialect dialect, struct tip_list loaded)
{
	struct tip_list l;
	struct rk_error e = { 0 };
	size_t i;

	stdin_notice(path, "tips");
	if (tip_file_read(path, &dialect, &l, &e) < 0)
		diag_die_error(&e);
	loaded.tips = xrealloc(loaded.tips, (loaded.n + l.n) * sizeof *loaded.tips);
	for (i = 0; i < l.n; i++)
		loaded.tips[loaded.n++] = l.tips[i];
	free(l.tips);
	return loaded;
}

/* -s names a section of the pool, or dies naming the nearest one. */
static void
check_section(const struct tip *pool, size_t npool, const char *name)
{
	const char **names, *near;
	const struct tip **scratch;
	size_t i, *count;

	for (i = 0; i < npool; i++)
		if (strcmp(pool[i].section, name) == 0)
			return;
	/* Each section once, for the nearest name. */
	names = xcalloc(npool + 1, sizeof *names);
	count = xmalloc((npool + 1) * sizeof *count);
	scratch = xmalloc((npool + 1) * sizeof *scratch);
	tip_sections(pool, npool, count, scratch);
	for (i = 0; i < npool; i++)
		names[i] = count[i] > 0 ? pool[i].section : NULL;
	free(scratch);
	free(count);
	near = suggest_nearest(name, names, npool);
	free(names);
	if (near != NULL)
		diag_die("-s: no section %s; did you mean %s? (rk-tip -l lists them)",
		    quote(name), near);
	diag_die("-s: no section %s (rk-tip -l lists them)", quote(name));
}

/* Fill SEL with the indexes of the tips of POOL that S keeps. */
static size_t
select_tips(const struct selection *s, const struct tip *pool, size_t npool, size_t *sel)
{
	regex_t re;
	size_t i, n = 0;
	int rc;
	char why[160];

	/* glibc's regcomp can take gigabytes for a few nested bounds. */
	if (s->match != NULL && regex_cost_check(s->match, why, sizeof why) != 0)
		diag_usage_error("--match: %s: %s", quote(s->match), why);
	if (s->match != NULL &&
	    (rc = regcomp(&re, s->match, REG_EXTENDED | REG_ICASE | REG_NOSUB)) != 0) {
		char msg[128];

		regerror(rc, &re, msg, sizeof msg);
		diag_usage_error("--match: %s: %s", quote(s->match), msg);
	}
	for (i = 0; i < npool; i++) {
		const struct tip *t = &pool[i];

		if (s->section != NULL && strcmp(t->section, s->section) != 0)
			continue;
		if (s->step != 0 && t->step != s->step)
			continue;
		if (s->match != NULL && regexec(&re, t->text, 0, NULL, 0) != 0 &&
		    regexec(&re, t->title, 0, NULL, 0) != 0)
			continue;
		sel[n++] = i;
	}
	if (s->match != NULL)
		regfree(&re);
	return n;
}

/* S wrapped to COLS; a title in bold on a terminal, line by line. */
static void
print_wrapped(const char *s, size_t cols, int bold)
{
	size_t n = strlen(s), off, len, used;

	while ((used = wrap_next(s, n, cols, &off, &len)) > 0) {
		fputs(bold ? "\033[1m" : "", stdout);
		fwrite(s + off, 1, len, stdout);
		fputs(bold ? "\033[0m\n" : "\n", stdout);
		s += used;
		n -= used;
	}
}

static void
print_text(const struct look *look, const struct tip *t, int first)
{
	char *title;

	if (!first)
		putchar('\n');
	if (*t->title != '\0' || t->step != 0) {
		title = xmalloc(strlen(t->title) + 16);
		if (t->step != 0)
			sprintf(title, "Step %d%s%s", t->step, *t->title != '\0' ? ". " : "",
			    t->title);
		else
			strcpy(title, t->title);
		print_wrapped(title, look->width, look->color);
		free(title);
	}
	print_wrapped(t->text, look->width, 0);
}

/* The tips POOL[SEL[0..N-1]], in that order. */
static void
print_tips(const struct look *look, const struct tip *pool, const size_t *sel, size_t n)
{
	struct csv_writer w;
	size_t i;

	if (look->format != OUT_TEXT) {
		csv_writer_init(&w, stdout, look->format == OUT_TSV ? '\t' : ',');
		if (look->format == OUT_JSON)
			csv_writer_json(&w, 1);
		csv_write_row(&w, "section", "step", "tags", "title", "text", NULL);
	}
	for (i = 0; i < n; i++) {
		const struct tip *t = &pool[sel[i]];
		char stepbuf[4] = "";

		if (look->format == OUT_TEXT) {
			print_text(look, t, i == 0);
			continue;
		}
		if (t->step != 0)
			snprintf(stepbuf, sizeof stepbuf, "%d", t->step);
		csv_write_row(&w, t->section, stepbuf, t->tags, t->title, t->text, NULL);
		out_check();
	}
	if (look->format != OUT_TEXT)
		csv_writer_free(&w);
}

/* -l: the sections of POOL (N tips) with their counts, in order of
 * appearance. */
static void
print_sections(const struct look *look, const struct tip *pool, size_t n)
{
	struct csv_writer w;
	size_t i, c, *count = xmalloc((n + 1) * sizeof *count);
	const struct tip **scratch = xmalloc((n + 1) * sizeof *scratch);

	tip_sections(pool, n, count, scratch);
	free(scratch);
	if (look->format != OUT_TEXT) {
		csv_writer_init(&w, stdout, look->format == OUT_TSV ? '\t' : ',');
		if (look->format == OUT_JSON)
			csv_writer_json(&w, 1);
		csv_write_row(&w, "section", "count", NULL);
	}
	for (i = 0; i < n; i++) {
		if ((c = count[i]) == 0)
			continue;      /* listed at its first tip */
		if (look->format == OUT_TEXT) {
			printf("%-12s %3zu\n", pool[i].section, c);
		} else {
			csv_write_str(&w, pool[i].section);
			csv_write_long(&w, (long)c);
			csv_write_end(&w);
		}
	}
	if (look->format != OUT_TEXT)
		csv_writer_free(&w);
	free(count);
}

static void
usage(FILE *fp)
{
	fputs(
	    "usage: rk-tip [-al] [-n count] [-s section] [-m pattern] [-w width]\n"
	    "              [--step n] [--daily] [--seed n] [--for] [-f file]...\n"
	    "              [-d char | -t] [--format csv|tsv|text|json] [--today date]\n"
	    "Print advice from the article: a random tip, the tip of the day, a step\n"
	    "or a section.\n"
	    "  -a, --all            every selected tip, in order\n"
	    "  -n, --count N        N different tips, picked at random (with --for: the N\n"
	    "                       that fit best)\n"
	    "      --seed N         make the random pick reproducible\n"
	    "      --daily          the tip of the day (no repeat before all have shown)\n"
	    "  -s, --section NAME   only tips of section NAME (see -l)\n"
	    "      --step N         only tips for step N of the 7 steps (1 to 7)\n"
	    "  -m, --match PATTERN  only tips matching PATTERN (extended regex, any case);\n"
	    "                       exit 1 if none does\n"
	    "      --for            advice for the results of rk-quiz or rk-ready on stdin,\n"
	    "                       for what needs it most first\n"
	    "  -l, --list           list the sections and their counts\n"
	    "  -f, --file FILE      read tips from FILE instead of the built-in ones\n"
	    "  -d, --delimiter C    fields of -f files and --for input are split by C\n"
	    "  -t, --tsv            same as -d tab\n"
	    "  -w, --width N        wrap to N columns (default: the terminal, or 80)\n"
	    "      --format FMT     text (the default), csv, tsv or json\n"
	    "      --today DATE     the day for --daily (YYYY-MM-DD, an ISO 8601 date-time,\n"
	    "                       today or yesterday; also RK_TODAY)\n"
	    "  -h, --help           show this help\n"
	    "  -V, --version        show the version\n", fp);
}

int
main(int argc, char *argv[])
{
	struct selection s = { NULL, NULL, 0 };
	struct look look;
	struct csv_dialect dialect = { 0, 0 };
	struct tip_list loaded = { NULL, 0 };
	enum mode mode = M_RANDOM;
	enum out_format format = OUT_TEXT;
	const struct tip *pool;
	const char *files[64], *today = NULL;
	size_t nfiles = 0, npool, nsel, i, *sel;
	long count = 1, width = 0;
	unsigned long long seed = 0;
	int ch, modes = 0, count_set = 0, seed_set = 0, for_input = 0, status = 0;
	uint64_t state;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = arg_next(argc, argv, "an:s:m:lf:d:tw:hV", longopts)) != -1) {
		switch (ch) {
		case 'a':
			mode = M_ALL, modes++;
			break;
		case 'n':
			count = numopt_long("-n", optarg, 1, 100000);
			count_set = 1;
			break;
		case OPT_SEED:
			seed = numopt_u64("--seed", optarg);
			seed_set = 1;
			break;
		case OPT_DAILY:
			mode = M_DAILY, modes++;
			break;
		case 's':
			s.section = optarg;
			break;
		case OPT_STEP:
			s.step = numopt_long("--step", optarg, 1, 7);
			break;
		case 'm':
			s.match = optarg;
			break;
		case OPT_FOR:
			for_input = 1;
			break;
		case 'l':
			mode = M_LIST, modes++;
			break;
		case 'f':
			if (nfiles == sizeof files / sizeof files[0])
				diag_usage_error("-f: at most %zu files", nfiles);
			files[nfiles++] = optarg;
			break;
		case 'd':
			dialect.delim = arg_delim(optarg);
			break;
		case 't':
			dialect.delim = '\t';
			break;
		case 'w':
			width = numopt_long("-w", optarg, 20, 1000);
			break;
		case OPT_FORMAT:
			format = arg_format(optarg);
			break;
		case OPT_TODAY:
			today = optarg;
			(void)today_days(today);   /* a bad date is an error, used or not */
			break;
		case 'h':
			usage(stdout);
			out_close();
			return 0;
		case 'V':
			arg_version();
		}
	}
	if (optind < argc)
		diag_usage_error("unexpected argument %s (tips files are given with -f)",
		    quote(argv[optind]));
	if (modes > 1)
		diag_usage_error("-a, -l and --daily do not go together");
	if (count_set && mode != M_RANDOM)
		diag_usage_error("-n picks at random; it does not go with -a, -l or --daily");
	if (seed_set && mode != M_RANDOM)
		diag_usage_error("--seed is for random picks; it does not go with -a, -l or --daily");
	if (for_input && (mode == M_LIST || mode == M_DAILY))
		diag_usage_error("--for does not go with -l or --daily");
	if (for_input && seed_set)
		diag_usage_error("--seed is for random picks; --for takes the tips that fit best");
	look.format = format;
	look.width = (size_t)(width != 0 ? width : out_term_width());
	look.color = format == OUT_TEXT && out_color();

	if (nfiles > 0) {
		for (i = 0; i < nfiles; i++)
			loaded = load_file(files[i], dialect, loaded);
		pool = loaded.tips;
		npool = loaded.n;
	} else {
		pool = builtin_tips;
		npool = builtin_ntips;
	}
	if (mode == M_LIST) {
		print_sections(&look, pool, npool);
		goto done;
	}
	if (s.section != NULL)
		check_section(pool, npool, s.section);

	sel = xcalloc(npool, sizeof *sel);
	nsel = select_tips(&s, pool, npool, sel);
	if (for_input) {
		char **want;
		size_t nwant;

		stdin_notice("-", "quiz results");
		nwant = tip_for_read("-", &dialect, &want);

		nsel = tip_for_select(pool, sel, nsel, want, nwant);
		tip_for_free(want, nwant);
	}
	if (nsel == 0) {
		status = 1;     /* nothing matched, as with grep */
	} else if (mode == M_DAILY) {
		print_tips(&look, pool, &sel[tip_daily(today_days(today), nsel)], 1);
	} else if (mode == M_ALL || for_input) {
		/* --for's order is the fit: -n takes the best. */
		print_tips(&look, pool, sel, for_input && count_set && (size_t)count < nsel ?
		    (size_t)count : nsel);
	} else {
		state = seed_set ? seed : (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^
		    (uint64_t)clock();
		tip_pick(sel, nsel, (size_t)count, &state);
		print_tips(&look, pool, sel, (size_t)count < nsel ? (size_t)count : nsel);
	}
	free(sel);
done:
	tip_list_free(&loaded);
	out_close();
	return status;
}
