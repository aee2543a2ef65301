/*
 * fuzz_journal_append: rk-log's append on a journal made of the input
 * bytes.  The row goes in as journal_tail, reading the whole file, says it
 * should: after the file as it was (a torn last line cut off, a whole one
 * ended first, with the journal's own line end), or not at all (an open
 * quote, a header that is not ours), and then the file is left as it was.
 * Nothing before the cut is ever changed.
 */
#include "tests/fuzz/fuzz.h"


#include <sys/stat.h>

#include "io/csv.h"
#include "io/journal.h"

static char path[64];

/* The run's folder goes when the run ends: the journal, then the folder. */
static void
remove_dir(void)
{
	char *slash = strrchr(path, '/');

	unlink(path);
	if (slash != NULL) {
		*slash = '\0';
		rmdir(path);
	}
}

static char *
slurp(size_t *n)
{
	FILE *fp = fopen(path, "rb");
	char *buf = malloc(4096);
	size_t cap = 4096, got;

	if (fp == NULL || buf == NULL)
		abort();
	*n = 0;
	while ((got = fread(buf + *n, 1, cap - *n, fp)) > 0) {
		*n += got;
		if (*n == cap && (buf = realloc(buf, cap *= 2)) == NULL)
			abort();
	}
	fclose(fp);
	return buf;
}

/* The lowest descriptor free: an append that left one open moves it. */
static int
lowest_free_fd(void)
{
	int fd = open("/dev/null", O_RDONLY);

	if (fd < 0)
		abort();
	close(fd);
	return fd;
}

/* 1 when the append ended in an error, which must say what it was; the
 * warnings it gave in *W. */
static int
try_append(const char *row, size_t rl, struct journal_warnings *w)
{
	struct rk_error e = { 0 };
	int fd = lowest_free_fd(), failed;

	failed = journal_append(path, row, rl, w, &e) != 0;
	if (failed != (e.msg[0] != '\0') || lowest_free_fd() != fd)
		abort();
	return failed;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char row[] = "2026-10-01,,me,call,,x\n";
	const char *s = (const char *)data;
	enum journal_tail_kind k;
	size_t start, got, hl, rl = sizeof row - 1;
	struct journal_warnings w = { 0 };
	char *after, *want;
	int died;
	int cr = 0, ours;
	FILE *fp;

	if (path[0] == '\0') {
		char dir[] = "/tmp/rk-fuzz-append-XXXXXX";

		if (mkdtemp(dir) == NULL)
			abort();
		snprintf(path, sizeof path, "%s/j.csv", dir);
		atexit(remove_dir);
	}
	unlink(path);
	if (size > 0) {
		if ((fp = fopen(path, "wb")) == NULL || fwrite(s, 1, size, fp) != size ||
		    fclose(fp) != 0)
			abort();
		chmod(path, 0600);
	}
	died = try_append(row, rl, &w);
	after = slurp(&got);

	for (hl = 0; hl < size && hl < 256 && s[hl] != '\n' && s[hl] != '\r'; hl++)
		continue;
	ours = size == 0 || ((hl < size || size < 256) && journal_header_ok(s, hl));
	if (hl < size && s[hl] == '\r' && (hl + 1 == size || s[hl + 1] != '\n'))
		cr = 1;
	k = size == 0 ? JT_NONE : journal_tail(s, size, 1, (size_t)2 * CSV_FIELD_MAX + 2, &start);
	want = malloc(size + 64);
	if (want == NULL)
		abort();
	if (!ours || k == JT_OPEN) {
		/* Refused: the file as it was. */
		if (!died || got != size || memcmp(after, s, size) != 0)
			abort();
	} else {
		size_t wl = 0;

		/* A torn last line is said, with its line; nothing else is. */
		if (died || w.n != (size_t)(k == JT_TORN) ||
		    (w.n == 1 && (w.w[0].line == 0 || strcmp(w.w[0].msg, "removed an incomplete "
		    "last line, left by an append that was interrupted") != 0)))
			abort();
		if (size == 0) {
			memcpy(want, JOURNAL_HEADER "\n", sizeof JOURNAL_HEADER);
			wl = sizeof JOURNAL_HEADER;
		} else {
			wl = k == JT_TORN ? start : size;
			memcpy(want, s, wl);
			if (k == JT_WHOLE)
				want[wl++] = cr ? '\r' : '\n';
		}
		memcpy(want + wl, row, rl);
		wl += rl;
		if (cr)
			want[wl - 1] = '\r';
		if (got != wl || memcmp(after, want, wl) != 0)
			abort();
	}
	free(want);
	free(after);
	return 0;
}
