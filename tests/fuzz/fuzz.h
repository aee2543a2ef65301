/*
 * fuzz.h: what the harnesses share.  The parsers end on bad input with
 * diag_die(), which exits 2; a harness turns that into a normal outcome by
 * setting a diag_atexit() hook that longjmps back to it.  Set FUZZ_JUMP
 * with diag_atexit(fuzz_jump) right before the setjmp, every time: the
 * hook is cleared when it runs.
 *
 * After an error, csv_reader_close_all() closes the reader the parser
 * abandoned, and the harness frees what it owns (the answer sheets, the
 * tips read so far).  What is left is a parser's own partial result (the
 * items of a quiz file read before the bad line): small, but a leak to
 * LeakSanitizer, so the file-parser harnesses run with -detect_leaks=0
 * (FUZZ_NOLEAK in the Makefile).  The normal path is checked for leaks by
 * scripts/valgrind-check and the LeakSanitizer runs of the bats suites.
 * Descriptors a parser abandons are closed too (fuzz_fd_sweep), or a long
 * run would run out of them.
 */
#ifndef RK_FUZZ_H
#define RK_FUZZ_H

#include <fcntl.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/err.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static jmp_buf fuzz_env;

static inline void
fuzz_jump(void)
{
	longjmp(fuzz_env, 1);
}

/* The descriptors open now (of the first 64), so that those a parser opens
 * and abandons can be closed after it, and no others. */
static inline uint64_t
fuzz_fd_mark(void)
{
	uint64_t open = 0;
	int fd;

	for (fd = 0; fd < 64; fd++)
		if (fcntl(fd, F_GETFD) != -1)
			open |= (uint64_t)1 << fd;
	return open;
}

static inline void
fuzz_fd_sweep(uint64_t before)
{
	uint64_t now = fuzz_fd_mark() & ~before;
	int fd;

	for (fd = 0; fd < 64; fd++)
		if (now & ((uint64_t)1 << fd))
			close(fd);
}

/*
 * The bytes as a file the parsers can open by name: an unlinked temporary
 * file, named "/dev/fd/N".  Returns N; close it when done.
 */
static inline int
fuzz_file(const uint8_t *data, size_t size, char *path, size_t pathlen)
{
	char tmpl[] = "/tmp/rk-fuzz-XXXXXX";
	int fd = mkstemp(tmpl);

	if (fd < 0) {
		perror("mkstemp");
		abort();
	}
	unlink(tmpl);
	if (size > 0 && write(fd, data, size) != (ssize_t)size) {
		perror("write");
		abort();
	}
	snprintf(path, pathlen, "/dev/fd/%d", fd);
	return fd;
}

#endif
