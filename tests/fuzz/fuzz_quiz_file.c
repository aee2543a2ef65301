/*
 * fuzz_quiz_file: any bytes as a quiz file (rk-quiz -q).  quiz_file_read
 * must give a quiz whose items hold together, or return an error that says
 * where, having freed and closed what it opened.  The first byte picks the
 * dialect.
 */
#include "tests/fuzz/fuzz.h"

#include "core/quiz.h"
#include "io/quiz_file.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const whole[] = { "empty quiz file", "no questions", NULL };
	struct csv_dialect d = { ',', 0 };
	struct rk_error e = { 0 };
	struct quiz *q;
	char path[64];
	size_t i;
	uint64_t mark;
	int fd;

	if (size == 0)
		return 0;
	d.delim = data[0] & 1 ? '\t' : ',';
	fd = fuzz_file(data + 1, size - 1, path, sizeof path);
	mark = fuzz_fd_mark();
	if ((q = quiz_file_read(path, &d, &e)) == NULL) {
		fuzz_check_error(&e, path, data + 1, size - 1, whole);
	} else {
		if (e.msg[0] != '\0' || q->nitems == 0)
			abort();
		for (i = 0; i < q->nitems; i++) {
			const struct quiz_item *it = &q->items[i];

			if (it->cat >= q->ncats || it->min >= it->max || it->weight <= 0 ||
			    quiz_item_max(it) <= 0 || *it->id == '\0')
				abort();
		}
		quiz_file_free(q);
	}
	if (fuzz_fd_mark() != mark)
		abort();
	close(fd);
	return 0;
}
