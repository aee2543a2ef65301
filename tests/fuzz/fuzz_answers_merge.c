/*
 * fuzz_answers_merge: any bytes as the answers file rk-quiz --ask -o adds
 * to.  The first byte picks the built-in quiz and the next ones its new
 * answers (one byte an item); the rest is the file.  A file that is read
 * (not refused) is merged and written; then the merge must be idempotent:
 * reading what was written and merging the same answers again gives the
 * same bytes, every kept row keeps its width, and the asked quiz's rows
 * are exactly its answered items, each once, after the kept rows.
 */
#include "tests/fuzz/fuzz.h"

#include "core/quiz.h"
#include "io/answers.h"
#include "io/csv.h"
#include "io/csv_writer.h"

/* Merge the file at PATH (holding DATA) with VALUES for Q into a new
 * buffer (*OUT, *LEN); 0 when PATH was refused, with an error that says
 * where. */
static int
merge(const char *path, const uint8_t *data, size_t size, const struct quiz *q,
    const short *values, char **out, size_t *len)
{
	struct answers_kept k;
	struct csv_writer w;
	struct rk_error e = { 0 };
	FILE *fp;

	*out = NULL;
	*len = 0;
	if (answers_kept_read(&k, path, q, &e) < 0) {
		fuzz_check_error(&e, path, data, size, NULL);
		if (k.cells != NULL || k.nrows != 0)
			abort();
		return 0;
	}
	if (e.msg[0] != '\0')
		abort();
	if ((fp = open_memstream(out, len)) == NULL)
		abort();
	csv_writer_init(&w, fp, ',');
	answers_kept_write(&k, q, values, &w);
	if (fclose(fp) != 0)
		abort();
	/* The header was kept, with its question and answer columns. */
	if (k.nrows == 0 || k.qcol >= k.ncols || k.acol >= k.ncols || k.qcol == k.acol)
		abort();
	answers_kept_free(&k);
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct quiz *q;
	short values[256];
	char path[64], *out1, *out2;
	size_t n, i, len1, len2, nans = 0;
	uint64_t mark;
	int fd, ok;

	if (size == 0 || builtin_nquizzes == 0)
		return 0;
	q = &builtin_quizzes[data[0] % builtin_nquizzes];
	data++, size--;
	if (q->nitems > sizeof values / sizeof values[0])
		abort();
	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];
		int range = it->max - it->min + 2;
		int b = i < size ? data[i] : 0;

		values[i] = b % range == 0 ? QUIZ_NO_ANSWER : (short)(it->min + b % range - 1);
		nans += values[i] != QUIZ_NO_ANSWER;
	}
	n = q->nitems < size ? q->nitems : size;
	data += n, size -= n;

	mark = fuzz_fd_mark();
	fd = fuzz_file(data, size, path, sizeof path);
	ok = merge(path, data, size, q, values, &out1, &len1);
	close(fd);
	if (fuzz_fd_mark() != mark)
		abort();
	if (!ok)
		return 0;
	/* What was written is an answers file that merges to itself. */
	fd = fuzz_file((const uint8_t *)out1, len1, path, sizeof path);
	if (!merge(path, (const uint8_t *)out1, len1, q, values, &out2, &len2))
		abort();
	if (len1 != len2 || memcmp(out1, out2, len1) != 0)
		abort();
	/* The asked quiz's rows are its answers, each once: count them in
	 * the output as records whose question is one of q's ids. */
	{
		struct csv_dialect d = { ',', 0 };
		struct csv_reader *r;
		const struct csv_record *rec;
		static const char *const names[] = { "question", "answer", "respondent" };
		long col[3];
		size_t found = 0, j;

		if ((r = csv_reader_open(path, &d, NULL)) == NULL ||
		    csv_reader_header(r) == NULL ||
		    csv_reader_columns(r, names, 3, col, "answers") < 0)
			abort();
		while ((rec = csv_reader_next(r)) != NULL)
			for (j = 0; j < q->nitems; j++)
				if (strcmp(rec->f[col[0]], q->items[j].id) == 0) {
					if (values[j] == QUIZ_NO_ANSWER)
						abort();
					found++;
				}
		if (csv_reader_error(r) != NULL)
			abort();
		csv_reader_close(r);
		if (found != nans)
			abort();
	}
	close(fd);
	if (fuzz_fd_mark() != mark)
		abort();
	free(out1);
	free(out2);
	return 0;
}
