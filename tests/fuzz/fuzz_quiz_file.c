/*
 * fuzz_quiz_file: any bytes as a quiz file (rk-quiz -q).  quiz_file_read
 * must give a quiz whose items hold together, or end with an error.  The
 * first byte picks the dialect.  Runs with -detect_leaks=0 (see fuzz.h).
 */
#include "tests/fuzz/fuzz.h"

#include "core/quiz.h"
#include "io/quiz_file.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csv_dialect d = { ',', 0 };
	struct quiz *q;
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
		q = quiz_file_read(path, &d);
		for (i = 0; i < q->nitems; i++) {
			const struct quiz_item *it = &q->items[i];

			if (it->cat >= q->ncats || it->min >= it->max || it->weight <= 0 ||
			    quiz_item_max(it) <= 0 || *it->id == '\0')
				abort();
		}
		quiz_file_free(q);
	}
	diag_atexit(NULL);
	fuzz_fd_sweep(mark);
	close(fd);
	return 0;
}
