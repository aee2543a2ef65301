/* out: buffered standard output, its format, colour and width (see out.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "io/out.h"

/* stdout is one per process, and so are its buffer and whether it has
 * been closed (fclose twice is undefined). */
static char outbuf[64 * 1024];
static int closed;

void
out_buffer(void)
{
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
}

enum out_format
out_format_resolve(enum out_format f)
{
	if (f != OUT_DEFAULT)
		return f;
	return isatty(STDOUT_FILENO) ? OUT_TEXT : OUT_CSV;
}

int
out_color(void)
{
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	if (nc != NULL && *nc != '\0')
		return 0;
	if (term == NULL || strcmp(term, "dumb") == 0)
		return 0;
	return isatty(STDOUT_FILENO);
}

int
out_term_width(void)
{
	return out_term_width_of(STDOUT_FILENO);
}

int
out_term_width_of(int fd)
{
	struct winsize ws;
	const char *cols = getenv("COLUMNS");
	char *end;
	long n;

	/* As GNU ls: the terminal's own width first, for COLUMNS may be
	 * stale after a resize; then COLUMNS; then 80. */
	if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		return ws.ws_col;
	if (cols != NULL && *cols >= '0' && *cols <= '9') {
		errno = 0;
		n = strtol(cols, &end, 10);
		if (*end == '\0' && errno == 0 && n > 0 && n <= OUT_WIDTH_MAX)
			return (int)n;
	}
	return 80;
}

int
out_error(void)
{
	if (!ferror(stdout))
		return 0;
	return errno ? errno : EIO;
}

int
out_flush_close(void)
{
	if (closed)
		return 0;
	closed = 1;
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout))
		return errno ? errno : EIO;
	if (fclose(stdout) != 0)
		return errno ? errno : EIO;
	return 0;
}

int
stdfds_fill(void)
{
	int fd, got;

	/* In order, so that open(2), which takes the lowest free descriptor,
	 * lands on the one that is missing. */
	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		/* Standard output gets /dev/null open for reading only: no file
		 * lands on 1, and yet any output is a write error (EBADF), as
		 * with GNU's programs, instead of vanishing with exit 0. */
		got = open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY);
		if (got != fd) {
			if (got != -1)
				close(got);
			return -1;
		}
	}
	return 0;
}
