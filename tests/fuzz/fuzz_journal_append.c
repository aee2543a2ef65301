/*
 * fuzz_journal_append: rk-log's append on a journal made of the input
 * bytes.  The row goes in as journal_tail, reading the whole file, says it
 * should: after the file as it was (a torn last line cut off, a whole one
 * ended first, with the journal's own line end), or not at all (an open
 * quote, a header that is not ours), and then the file is left as it was.
 * Nothing before the cut is ever changed.
 */
#include "tests/fuzz/fuzz.h"

#include <setjmp.h>

#include "util/err.h"

/* Until journal_append return their errors, an exit hook jumps back here. */
static jmp_buf fuzz_env;

static inline void
fuzz_jump(void)
{
	longjmp(fuzz_env, 1);
}

#include <sys/stat.h>

#include "io/csv.h"
#include "io/journal.h"

static char path[64];

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

/* 1 when the append ended in an error. */
static int
try_append(const char *row, size_t rl)
{
	diag_atexit(fuzz_jump);
	if (setjmp(fuzz_env) != 0)
		return 1;
	journal_append(path, row, rl);
	diag_atexit(NULL);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char row[] = "2026-10-01,,me,call,,x\n";
	const char *s = (const char *)data;
	enum journal_tail_kind k;
	size_t start, got, hl, rl = sizeof row - 1;
	char *after, *want;
	int died;
	int cr = 0, ours;
	uint64_t fds;
	FILE *fp;

	if (path[0] == '\0') {
		char dir[] = "/tmp/rk-fuzz-append-XXXXXX";

		if (mkdtemp(dir) == NULL)
			abort();
		snprintf(path, sizeof path, "%s/j.csv", dir);
	}
	unlink(path);
	if (size > 0) {
		if ((fp = fopen(path, "wb")) == NULL || fwrite(s, 1, size, fp) != size ||
		    fclose(fp) != 0)
			abort();
		chmod(path, 0600);
	}
	fds = fuzz_fd_mark();
	died = try_append(row, rl);
	fuzz_fd_sweep(fds);
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

		if (died)
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
