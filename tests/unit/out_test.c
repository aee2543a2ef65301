/* out_test: io/out returns what went wrong with stdout instead of exiting,
 * and a table reports a failed write.  Each case that changes the standard
 * descriptors runs in a child, and says what it saw in its exit status. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/out.h"
#include "io/table.h"
#include "tests/unit/check.h"

/* The status of FN run in a child with stdout on PATH (NULL: closed). */
static int
in_child(const char *path, int (*fn)(void))
{
	pid_t pid;
	int st;

	fflush(NULL);
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		if (path == NULL)
			close(STDOUT_FILENO);
		else if (freopen(path, "w", stdout) == NULL)
			_exit(99);
		_exit(fn());
	}
	if (waitpid(pid, &st, 0) == -1 || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

/* 3 when out_error saw ENOSPC, the close failed too, and only once. */
static int
write_to_full(void)
{
	out_buffer();
	if (out_error() != 0)
		return 0;
	fputs("x", stdout);
	fflush(stdout);
	if (out_error() != ENOSPC)
		return 1;
	if (out_flush_close() == 0)
		return 2;
	return out_flush_close() == 0 ? 3 : 4;
}

/* A close with nothing to write succeeds, and the second call does nothing. */
static int
close_twice(void)
{
	puts("fine");
	if (out_flush_close() != 0)
		return 1;
	return out_flush_close() == 0 ? 0 : 2;
}

/* A closed stdout is filled with /dev/null open for reading: a write to it
 * fails (EBADF), and nothing else lands on descriptor 1. */
static int
fill_closed(void)
{
	if (fcntl(STDOUT_FILENO, F_GETFD) != -1)
		return 1;
	if (stdfds_fill() != 0)
		return 2;
	if (fcntl(STDOUT_FILENO, F_GETFL) == -1 ||
	    (fcntl(STDOUT_FILENO, F_GETFL) & O_ACCMODE) != O_RDONLY)
		return 3;
	fputs("x", stdout);
	return out_flush_close() == EBADF ? 0 : 4;
}

/* Not a terminal: CSV by default, no colour, 80 columns. */
static int
not_a_terminal(void)
{
	if (out_format_resolve(OUT_DEFAULT) != OUT_CSV || out_format_resolve(OUT_TSV) != OUT_TSV)
		return 1;
	setenv("TERM", "xterm", 1);
	unsetenv("NO_COLOR");
	if (out_color() != 0)
		return 2;
	unsetenv("COLUMNS");
	return out_term_width() == 80 ? 0 : 3;
}

/* Not a terminal: COLUMNS when it is a number from 1 to OUT_WIDTH_MAX. */
static int
columns(void)
{
	static const struct {
		const char *env;
		int width;
	} t[] = {
		{ "40", 40 }, { "1", 1 }, { "10000", 10000 }, { "200", 200 },
		{ "", 80 }, { "0", 80 }, { "-40", 80 }, { "40x", 80 }, { " 40", 80 },
		{ "+40", 80 }, { "10001", 80 }, { "99999999999999999999", 80 },
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		setenv("COLUMNS", t[i].env, 1);
		if (out_term_width() != t[i].width || out_term_width_of(1) != t[i].width)
			return (int)i + 1;
	}
	return 0;
}

static void
test_table_error(void)
{
	FILE *fp = fopen("/dev/full", "w");
	const char *cell[1] = { "x" };
	size_t len[1] = { 1 };
	struct table *t;

	if (fp == NULL)
		return;
	setvbuf(fp, NULL, _IONBF, 0);
	t = table_new(fp, 0, 0);
	table_add(t, cell, len, 1);
	CHECK(table_finish(t) == -1);
	fclose(fp);
	CHECK(table_finish(NULL) == 0);
}

int
main(void)
{
	CHECK(in_child("/dev/full", write_to_full) == 3);
	CHECK(in_child("/dev/null", close_twice) == 0);
	CHECK(in_child(NULL, fill_closed) == 0);
	CHECK(in_child("/dev/null", not_a_terminal) == 0);
	CHECK(in_child("/dev/null", columns) == 0);
	/* Nothing to fill when 0, 1 and 2 are open. */
	CHECK(stdfds_fill() == 0);
	test_table_error();
	return check_done("out_test");
}
