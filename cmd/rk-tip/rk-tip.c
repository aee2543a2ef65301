/* rk-tip: print advice from the article, like fortune. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd/rk-tip/for.h"
#include "cmd/rk-tip/print.h"
#include "core/regex_cost.h"
#include "core/suggest.h"
#include "core/text.h"
#include "core/tips.h"
#include "io/csv.h"
#include "io/out.h"
#include "io/tip_file.h"
#include "util/arg.h"
#include "util/err.h"
#include "util/opts.h"

enum mode { M_RANDOM, M_ALL, M_DAILY, M_LIST };

static enum mode mode = M_RANDOM;
static long count = 1;
static int count_set, seed_set, for_input;
static unsigned long long seed;
static const char *section, *match, *opt_today;
static long step;
static long width;
static enum out_format format = OUT_TEXT;
static struct csv_dialect dialect = { ',', 0 };

enum { O_STEP = 256, O_DAILY, O_SEED, O_FOR };

static const struct opt options[] = {
	{ "all", 'a', NULL, "every selected tip, in order", NULL },
	{ "count", 'n', "N", "N different tips, picked at random (with --for: the N "
	    "that fit best)", NULL },
	{ "seed", O_SEED, "N", "make the random pick reproducible", NULL },
	{ "daily", O_DAILY, NULL, "the tip of the day (no repeat before all have shown)", NULL },
	{ "section", 's', "NAME", "only tips of section NAME (see -l)", "@section" },
	{ "step", O_STEP, "N", "only tips for step N of the 7 steps (1 to 7)", "1 2 3 4 5 6 7" },
	{ "match", 'm', "PATTERN", "only tips matching PATTERN (extended regex, any case); "
	    "exit 1 if none does", NULL },
	{ "for", O_FOR, NULL, "advice for the results of rk-quiz or rk-ready on stdin, "
	    "for what needs it most first", NULL },
	{ "list", 'l', NULL, "list the sections and their counts", NULL },
	{ "file", 'f', "FILE", "read tips from FILE instead of the built-in ones", "@file" },
	OPT_DELIMITER("fields of -f files and --for input are split by C"),
	OPT_TSV,
	{ "width", 'w', "N", "wrap to N columns (default: the terminal, or 80)", NULL },
	OPT_FORMAT("text (the default), csv or tsv"),
	OPT_TODAY("the day for --daily (YYYY-MM-DD; also RK_TODAY)"),
	OPT_HELP,
	OPT_VERSION,
	OPT_END
};

const struct opts_prog rk_tip_prog = {
	"rk-tip",
	"usage: rk-tip [-al] [-n count] [-s section] [-m pattern] [-w width]\n"
	"              [--step n] [--daily] [--seed n] [--for] [-f file]...\n"
	"              [-d char | -t] [--format csv|tsv|text] [--today date]\n",
	"Print advice from the article: a random tip, the tip of the day, a step\n"
	"or a section.\n",
	NULL, options, NULL, NULL
};

/* The tips to choose from: the built-in ones or the -f files. */
static const struct tip *pool;
static size_t npool;
static struct tip_list loaded;

static void
load_file(const char *path)
{
	struct tip_list l;
	struct rk_error e = { 0 };
	size_t i;

	if (tip_file_read(path, &dialect, &l, &e) < 0)
		diag_die_error(&e);
	loaded.tips = xrealloc(loaded.tips, (loaded.n + l.n) * sizeof *loaded.tips);
	for (i = 0; i < l.n; i++)
		loaded.tips[loaded.n++] = l.tips[i];
	free(l.tips);
}

/* -s names a section of the pool, or dies naming the nearest one. */
static void
check_section(const char *name)
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
	if (near != NULL)
		diag_die("-s: no section %s; did you mean %s? (rk-tip -l lists them)",
		    quote(name), near);
	diag_die("-s: no section %s (rk-tip -l lists them)", quote(name));
}

/* Fill SEL with the indexes of the tips that pass -s, --step and -m. */
static size_t
select_tips(size_t *sel)
{
	regex_t re;
	size_t i, n = 0;
	int rc;
	char why[160];

	/* glibc's regcomp can take gigabytes for a few nested bounds. */
	if (match != NULL && regex_cost_check(match, why, sizeof why) != 0)
		diag_usage_error("--match: %s: %s", quote(match), why);
	if (match != NULL && (rc = regcomp(&re, match, REG_EXTENDED | REG_ICASE | REG_NOSUB)) != 0) {
		char msg[128];

		regerror(rc, &re, msg, sizeof msg);
		diag_usage_error("--match: %s: %s", quote(match), msg);
	}
	for (i = 0; i < npool; i++) {
		const struct tip *t = &pool[i];

		if (section != NULL && strcmp(t->section, section) != 0)
			continue;
		if (step != 0 && t->step != step)
			continue;
		if (match != NULL && regexec(&re, t->text, 0, NULL, 0) != 0 &&
		    regexec(&re, t->title, 0, NULL, 0) != 0)
			continue;
		sel[n++] = i;
	}
	if (match != NULL)
		regfree(&re);
	return n;
}

int
main(int argc, char *argv[])
{
	const char *files[64];
	size_t nfiles = 0, nsel, i, *sel;
	int ch, modes = 0, status = 0;
	uint64_t state;
	struct tip_print how;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = opts_next(&rk_tip_prog, argc, argv)) != -1) {
		switch (ch) {
		case 'a':
			mode = M_ALL, modes++;
			break;
		case 'n':
			count = numopt_long("-n", optarg, 1, 100000);
			count_set = 1;
			break;
		case O_SEED:
			seed = numopt_u64("--seed", optarg);
			seed_set = 1;
			break;
		case O_DAILY:
			mode = M_DAILY, modes++;
			break;
		case 's':
			section = optarg;
			break;
		case O_STEP:
			step = numopt_long("--step", optarg, 1, 7);
			break;
		case 'm':
			match = optarg;
			break;
		case O_FOR:
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
		case 'w':
			width = numopt_long("-w", optarg, 20, 1000);
			break;
		case OPT_K_TODAY:
			opt_today = optarg;
			(void)today_days(opt_today);   /* a bad date is an error, used or not */
			break;
		default:
			opts_common(ch, optarg, &dialect, &format, NULL);
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
	how.format = format;
	how.width = (size_t)(width != 0 ? width : out_term_width());
	how.color = format == OUT_TEXT && out_color();

	if (nfiles > 0) {
		for (i = 0; i < nfiles; i++)
			load_file(files[i]);
		pool = loaded.tips;
		npool = loaded.n;
	} else {
		pool = builtin_tips;
		npool = builtin_ntips;
	}
	if (mode == M_LIST) {
		tip_print_sections(&how, pool, npool);
		goto done;
	}
	if (section != NULL)
		check_section(section);

	sel = xcalloc(npool, sizeof *sel);
	nsel = select_tips(sel);
	if (for_input) {
		char **want;
		size_t nwant = tip_for_read("-", &dialect, &want);

		nsel = tip_for_select(pool, sel, nsel, want, nwant);
		tip_for_free(want, nwant);
	}
	if (nsel == 0) {
		status = 1;     /* nothing matched, as with grep */
	} else if (mode == M_DAILY) {
		tip_print(&how, pool, &sel[tip_daily(today_days(opt_today), nsel)], 1);
	} else if (mode == M_ALL || for_input) {
		/* --for's order is the fit: -n takes the best. */
		tip_print(&how, pool, sel, for_input && count_set && (size_t)count < nsel ?
		    (size_t)count : nsel);
	} else {
		state = seed_set ? seed : (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^
		    (uint64_t)clock();
		tip_pick(sel, nsel, (size_t)count, &state);
		tip_print(&how, pool, sel, (size_t)count < nsel ? (size_t)count : nsel);
	}
	free(sel);
done:
	tip_list_free(&loaded);
	out_close();
	return status;
}
