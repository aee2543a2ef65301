/*
 * fuzz.h: what the harnesses share.  The parsers return their errors, so a
 * harness calls them as a program does, checks the error it gets back, and
 * frees what it owns: the harnesses run with leak detection.  A harness can
 * close the descriptors a code path leaves open (fuzz_fd_mark before it,
 * fuzz_fd_sweep after), so that a long run does not run out of them.
 */
#ifndef RK_FUZZ_H
#define RK_FUZZ_H

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/error.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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

/*
 * An error a reader returned for the input DATA it read from PATH: it must
 * name PATH and say something.  A message that starts with one of WHOLE
 * (a NULL-terminated list) is about the whole file and has no line; any
 * other points at a line of the input.
 */
static inline void
fuzz_check_error(const struct rk_error *e, const char *path, const uint8_t *data,
    size_t size, const char *const *whole)
{
	unsigned long lines = 1;
	size_t i;

	if (e->msg[0] == '\0' || strcmp(e->file, path) != 0 || e->usage)
		abort();
	for (i = 0; i < size; i++)
		lines += data[i] == '\n' || data[i] == '\r';
	for (; whole != NULL && *whole != NULL; whole++)
		if (strncmp(e->msg, *whole, strlen(*whole)) == 0) {
			if (e->line != 0)
				abort();
			return;
		}
	if (e->line < 1 || e->line > lines)
		abort();
}

#endif
