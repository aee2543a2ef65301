/*
 * fuzz_tip_file: any bytes as a tips file (rk-tip -f).  Every tip kept must
 * have a section, a step of 0 to 7 and text.  The first byte picks the
 * dialect.  Runs with -detect_leaks=0 (see fuzz.h).
 */
#include "tests/fuzz/fuzz.h"

#include "core/tips.h"
#include "io/tip_file.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_dialect d = { ',', 0 };
	static struct tip_list l;   /* static: it lives across the longjmp */
	char path[64];
	size_t i;
	static uint64_t mark;   /* static: it lives across the longjmp */
	int fd;

	if (size == 0)
		return 0;
	d.delim = data[0] & 1 ? '\t' : ',';
	fd = fuzz_file(data + 1, size - 1, path, sizeof path);
	mark = fuzz_fd_mark();
	diag_atexit(fuzz_jump);
	if (setjmp(fuzz_env) == 0) {
		tip_file_read(path, &d, &l);
		for (i = 0; i < l.n; i++)
			if (*l.tips[i].section == '\0' || *l.tips[i].text == '\0' ||
			    l.tips[i].step < 0 || l.tips[i].step > 7)
				abort();
	}
	diag_atexit(NULL);
	tip_list_free(&l);      /* the tips read before an error, too */
	fuzz_fd_sweep(mark);
	close(fd);
	return 0;
}
