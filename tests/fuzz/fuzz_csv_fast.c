/*
 * fuzz_csv_fast: the reader's fast path for plain lines against libcsv
 * alone.  The same bytes go through a reader with the fast path, reading
 * them in chunks of a size the input picks (so that lines, CRLFs and BOMs
 * fall across chunk ends), and through one that sends every line to libcsv
 * in one 64 KiB chunk.  Every record (its line, its fields byte for byte,
 * and the row csv_write_record_as_read makes of it) and the error that ends
 * the reading (its message and line) must be the same, or it aborts.
 *
 * The first byte picks the dialect as in fuzz_csv_reader; the second, the
 * chunk size (0: the whole buffer).
 */
#include "tests/fuzz/fuzz.h"

#include "io/csv.h"
#include "io/csv_writer.h"

struct outcome {
	char *out;              /* the records, written out in a plain form */
	size_t outlen;
	FILE *fp;
	char *err;
	unsigned long err_line;
};

static void
put_record(struct outcome *o, struct csv_writer *w, const struct csv_record *rec, char delim)
{
	size_t i;

	fprintf(o->fp, "line %lu, %zu fields:", rec->line, rec->nf);
	for (i = 0; i < rec->nf; i++) {
		if (rec->f[i][rec->len[i]] != '\0')
			abort();
		fprintf(o->fp, " %zu:", rec->len[i]);
		fwrite(rec->f[i], 1, rec->len[i], o->fp);
	}
	fputs("\nwritten: ", o->fp);
	csv_write_record_as_read(w, rec, delim);
	csv_write_end(w);
}

static void
run(struct outcome *o, const uint8_t *data, size_t size, size_t chunk, int slow)
{
	static const char delims[] = { ',', '\t', ';', '|', ' ', 'a', '\\', '\'' };
	struct csv_reader *r;
	struct csv_dialect d = { ',', 0 };
	const struct csv_record *rec;
	const struct rk_error *err;
	struct csv_writer w;

	d.delim = delims[data[0] & 7];
	d.no_header = (data[0] >> 3) & 1;
	memset(o, 0, sizeof *o);
	if ((o->fp = open_memstream(&o->out, &o->outlen)) == NULL)
		abort();
	csv_writer_init(&w, o->fp, d.delim);
	if ((r = csv_reader_open_mem("fuzz", (const char *)data + 2, size - 2, &d, NULL)) == NULL)
		abort();
	csv_reader_test_mode(r, chunk, slow);
	if ((data[0] >> 4) & 1)
		csv_reader_allow_ragged(r);
	if ((rec = csv_reader_header(r)) != NULL)
		put_record(o, &w, rec, d.delim);
	while ((rec = csv_reader_next(r)) != NULL)
		put_record(o, &w, rec, d.delim);
	csv_writer_flush(&w);
	if ((err = csv_reader_error(r)) != NULL) {
		o->err = strdup(err->msg);
		o->err_line = err->line;
	}
	csv_reader_close(r);
	fclose(o->fp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct outcome fast, slow;

	if (size < 2)
		return 0;
	run(&fast, data, size, data[1], 0);
	run(&slow, data, size, 0, 1);
	if (fast.outlen != slow.outlen || memcmp(fast.out, slow.out, fast.outlen) != 0)
		abort();
	if ((fast.err == NULL) != (slow.err == NULL))
		abort();
	if (fast.err != NULL && (strcmp(fast.err, slow.err) != 0 || fast.err_line != slow.err_line))
		abort();
	free(fast.out);
	free(slow.out);
	free(fast.err);
	free(slow.err);
	return 0;
}
