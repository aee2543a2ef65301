/* rk-tip: print advice from the article, like fortune. */
#include <getopt.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/csv_reader.h"
#include "lib/csv_writer.h"
#include "lib/diag.h"
#include "lib/numopt.h"
#include "lib/output.h"
#include "lib/regex_cost.h"
#include "lib/stdfds.h"
#include "lib/tip_file.h"
#include "lib/tip_for.h"
#include "lib/tips.h"
#include "lib/today.h"
#include "lib/wrap.h"

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

/* The tips to choose from: the built-in ones or the -f files. */
static const struct tip *pool;
static size_t npool;
static struct tip_list loaded;

static void
load_file(const char *path)
{
	struct tip_list l;
	size_t i;

	tip_file_read(path, &dialect, &l);
	loaded.tips = xrealloc(loaded.tips, (loaded.n + l.n) * sizeof *loaded.tips);
	for (i = 0; i < l.n; i++)
		loaded.tips[loaded.n++] = l.tips[i];
	free(l.tips);
}

static int
section_exists(const char *name)
{
	size_t i;

	for (i = 0; i < npool; i++)
		if (strcmp(pool[i].section, name) == 0)
			return 1;
	return 0;
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
		diag_usage_error("--match: %s: %s", diag_quote(match), why);
	if (match != NULL && (rc = regcomp(&re, match, REG_EXTENDED | REG_ICASE | REG_NOSUB)) != 0) {
		char msg[128];

		regerror(rc, &re, msg, sizeof msg);
		diag_usage_error("--match: %s: %s", diag_quote(match), msg);
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

static void
print_wrapped(const char *s, size_t cols)
{
	size_t n = strlen(s), off, len, used;

	while ((used = wrap_next(s, n, cols, &off, &len)) > 0) {
		fwrite(s + off, 1, len, stdout);
		putchar('\n');
		s += used;
		n -= used;
	}
}

static void
print_text(const struct tip *t, int first, int color)
{
	if (!first)
		putchar('\n');
	if (*t->title != '\0' || t->step != 0) {
		fputs(color ? "\033[1m" : "", stdout);
		if (t->step != 0)
			printf("Step %d%s", t->step, *t->title != '\0' ? ". " : "");
		fputs(t->title, stdout);
		fputs(color ? "\033[0m\n" : "\n", stdout);
	}
	print_wrapped(t->text, (size_t)width);
}

static void
print_tips(const size_t *sel, size_t n)
{
	struct csv_writer w;
	int color = format == OUT_TEXT && out_color();
	size_t i;

	if (format != OUT_TEXT) {
		csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
		csv_write_row(&w, "section", "step", "tags", "title", "text", NULL);
	}
	for (i = 0; i < n; i++) {
		const struct tip *t = &pool[sel[i]];
		char stepbuf[4] = "";

		if (format == OUT_TEXT) {
			print_text(t, i == 0, color);
			continue;
		}
		if (t->step != 0)
			snprintf(stepbuf, sizeof stepbuf, "%d", t->step);
		csv_write_row(&w, t->section, stepbuf, t->tags, t->title, t->text, NULL);
		out_check();
	}
}

static void
print_sections(void)
{
	struct csv_writer w;
	size_t i, j;

	if (format != OUT_TEXT) {
		csv_writer_init(&w, stdout, format == OUT_TSV ? '\t' : ',');
		csv_write_row(&w, "section", "count", NULL);
	}
	for (i = 0; i < npool; i++) {
		size_t c = 0;

		for (j = 0; j < i; j++)
			if (strcmp(pool[j].section, pool[i].section) == 0)
				break;
		if (j < i)
			continue;      /* listed at its first tip */
		for (j = i; j < npool; j++)
			c += strcmp(pool[j].section, pool[i].section) == 0;
		if (format == OUT_TEXT) {
			printf("%-12s %3zu\n", pool[i].section, c);
		} else {
			csv_write_str(&w, pool[i].section);
			csv_write_long(&w, (long)c);
			csv_write_end(&w);
		}
	}
}

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: rk-tip [-al] [-n count] [-s section] [-m pattern] [-w width]\n"
	    "              [--step n] [--daily] [--seed n] [--for] [-f file]...\n"
	    "              [-d char | -t] [--format csv|tsv|text] [--today date]\n"
	    "Print advice from the article: a random tip, the tip of the day, a step\n"
	    "or a section.\n"
	    "  -a, --all            every selected tip, in order\n"
	    "  -n, --count N        N different tips, picked at random\n"
	    "      --seed N         make the random pick reproducible\n"
	    "      --daily          the tip of the day (no repeat before all have shown)\n"
	    "  -s, --section NAME   only tips of section NAME (see -l)\n"
	    "      --step N         only tips for step N of the 7 steps (1 to 7)\n"
	    "  -m, --match PATTERN  only tips matching PATTERN (extended regex,\n"
	    "                       any case); exit 1 if none does\n"
	    "      --for            advice for the results of rk-quiz or rk-ready on stdin\n"
	    "  -l, --list           list the sections and their counts\n"
	    "  -f, --file FILE      read tips from FILE instead of the built-in ones\n"
	    "  -d, --delimiter C    fields of -f files and --for input are split by C\n"
	    "  -t, --tsv            same as -d tab\n"
	    "  -w, --width N        wrap text to N columns (default: the terminal, or 80)\n"
	    "      --format FMT     text (the default), csv or tsv\n"
	    "      --today DATE     the day for --daily (YYYY-MM-DD; also RK_TODAY)\n"
	    "  -h, --help           show this help\n"
	    "  -V, --version        show the version\n");
}

int
main(int argc, char *argv[])
{
	enum { O_STEP = 256, O_DAILY, O_SEED, O_FOR, O_FORMAT, O_TODAY };
	static const struct option longopts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "count", required_argument, NULL, 'n' },
		{ "seed", required_argument, NULL, O_SEED },
		{ "daily", no_argument, NULL, O_DAILY },
		{ "section", required_argument, NULL, 's' },
		{ "step", required_argument, NULL, O_STEP },
		{ "match", required_argument, NULL, 'm' },
		{ "for", no_argument, NULL, O_FOR },
		{ "list", no_argument, NULL, 'l' },
		{ "file", required_argument, NULL, 'f' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "tsv", no_argument, NULL, 't' },
		{ "width", required_argument, NULL, 'w' },
		{ "format", required_argument, NULL, O_FORMAT },
		{ "today", required_argument, NULL, O_TODAY },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *files[64];
	size_t nfiles = 0, nsel, i, *sel;
	int ch, modes = 0, status = 0;
	uint64_t state;

	stdfds_open();
	diag_init(argv[0]);
	out_init();
	while ((ch = getopt_long(argc, argv, "an:s:m:lf:d:tw:hV", longopts, NULL)) != -1) {
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
		case 'd':
			dialect.delim = csv_parse_delim(optarg);
			break;
		case 't':
			dialect.delim = '\t';
			break;
		case 'w':
			width = numopt_long("-w", optarg, 20, 1000);
			break;
		case O_FORMAT:
			format = out_format_parse(optarg);
			break;
		case O_TODAY:
			opt_today = optarg;
			(void)today_days(opt_today);   /* a bad date is an error, used or not */
			break;
		case 'h':
			usage(stdout);
			out_close();
			return 0;
		case 'V':
			printf("rk-tip (rekindle) %s\n", RK_VERSION);
			out_close();
			return 0;
		default:
			usage(stderr);
			return RK_EXIT_ERROR;
		}
	}
	if (optind < argc)
		diag_usage_error("unexpected argument %s (tips files are given with -f)",
		    diag_quote(argv[optind]));
	if (modes > 1)
		diag_usage_error("-a, -l and --daily do not go together");
	if (count_set && mode != M_RANDOM)
		diag_usage_error("-n picks at random; it does not go with -a, -l or --daily");
	if (seed_set && mode != M_RANDOM)
		diag_usage_error("--seed is for random picks; it does not go with -a, -l or --daily");
	if (for_input && (mode == M_LIST || mode == M_DAILY))
		diag_usage_error("--for does not go with -l or --daily");
	if (width == 0)
		width = out_term_width();

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
		print_sections();
		goto done;
	}
	if (section != NULL && !section_exists(section))
		diag_die("-s: no section %s (rk-tip -l lists them)", diag_quote(section));

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
		print_tips(&sel[tip_daily(today_days(opt_today), nsel)], 1);
	} else if (mode == M_ALL || (for_input && !count_set)) {
		print_tips(sel, nsel);
	} else {
		state = seed_set ? seed : (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^
		    (uint64_t)clock();
		tip_pick(sel, nsel, (size_t)count, &state);
		print_tips(sel, (size_t)count < nsel ? (size_t)count : nsel);
	}
	free(sel);
done:
	tip_list_free(&loaded);
	out_close();
	return status;
}
