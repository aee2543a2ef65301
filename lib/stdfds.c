/* stdfds: the standard descriptors, open onto /dev/null when closed. */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "lib/diag.h"
#include "lib/stdfds.h"

void
stdfds_open(void)
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
			/* No message: there may be nowhere safe to write it. */
			if (got != -1)
				close(got);
			_exit(RK_EXIT_ERROR);
		}
	}
}
