/*
 * fuzz_answers: any bytes as an answers file, read against every built-in
 * quiz at once (as rk-ready and rk-quiz read them).  Every value kept must
 * be one its item takes.  The first byte picks the dialect.  Runs with
 * -detect_leaks=0 (see fuzz.h).
 */
#include "tests/fuzz/fuzz.h"

#include "core/quiz.h"
#include "io/answers.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct quiz_set set;
	static int ready;
	static struct answer_sheets a;
	struct csv_dialect d = { ',', 0 };
	char path[64];
	size_t r, i;
	static uint64_t mark;   /* static: it lives across the longjmp */
	int fd;

	if (!ready) {
		const struct quiz *qs[16];

		for (i = 0; i < builtin_nquizzes && i < 16; i++)
			qs[i] = &builtin_quizzes[i];
		if (quiz_set_init(&set, qs, i) != -1)
			abort();
		ready = 1;
	}
	if (size == 0)
		return 0;
	d.delim = data[0] & 1 ? '\t' : ',';
	d.no_header = (data[0] >> 1) & 1;
	fd = fuzz_file(data + 1, size - 1, path, sizeof path);
	mark = fuzz_fd_mark();
	answers_init(&a, &set);
	diag_atexit(fuzz_jump);
	if (setjmp(fuzz_env) == 0) {
		answers_read(&a, path, &d);
		for (r = 0; r < a.n; r++) {
			const short *v = answers_values(&a, r);

			for (i = 0; i < set.nitems; i++) {
				const struct quiz_item *it = quiz_set_item(&set, i, NULL);

				if (v[i] != QUIZ_NO_ANSWER && (v[i] < it->min || v[i] > it->max))
					abort();
			}
		}
	}
	diag_atexit(NULL);
	answers_free(&a);
	fuzz_fd_sweep(mark);
	close(fd);
	return 0;
}
