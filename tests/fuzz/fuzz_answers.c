/*
 * fuzz_answers: any bytes as an answers file, read against every built-in
 * quiz at once (as rk-ready and rk-quiz read them).  Every value kept, even
 * before an error, must be one its item takes; an error must say where.
 * The first byte picks the dialect, --no-header, and whether the file must
 * answer the first quiz (as rk-quiz asks of the quiz it scores).
 */
#include "tests/fuzz/fuzz.h"

#include "core/quiz.h"
#include "io/answers.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const whole[] = { "no answers to", NULL };
	static struct quiz_set set;
	static int ready;
	struct answer_sheets a;
	struct csv_dialect d = { ',', 0 };
	struct rk_error e = { 0 };
	char path[64];
	size_t r, i;
	uint64_t mark;
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
	if ((data[0] >> 2) & 1)
		answers_need(&a, set.first[0], set.first[0] + set.quizzes[0]->nitems,
		    "the first quiz");
	if (answers_read(&a, path, &d, &e) < 0)
		fuzz_check_error(&e, path, data + 1, size - 1, whole);
	else if (e.msg[0] != '\0')
		abort();
	for (r = 0; r < a.n; r++) {
		const short *v = answers_values(&a, r);

		for (i = 0; i < set.nitems; i++) {
			const struct quiz_item *it = quiz_set_item(&set, i, NULL);

			if (v[i] != QUIZ_NO_ANSWER && (v[i] < it->min || v[i] > it->max))
				abort();
		}
	}
	answers_free(&a);
	if (fuzz_fd_mark() != mark)
		abort();
	close(fd);
	return 0;
}
