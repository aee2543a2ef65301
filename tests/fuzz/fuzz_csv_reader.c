/*
 * fuzz_csv_reader: any bytes through csv_reader, in memory.  The first byte
 * picks the dialect (delimiter, --no-header, ragged rows); the reader must
 * hand out records or end with an error, never crash, and every record
 * must hold what it claims: nf fields, each NUL-terminated at len, with no
 * NUL inside, and line numbers that never go back.
 */
#include "tests/fuzz/fuzz.h"

#include "io/csv.h"

static void
check(const struct csv_record *rec, unsigned long *line)
{
	size_t i;

	if (rec->line < *line || rec->line == 0)
		abort();
	*line = rec->line;
	for (i = 0; i < rec->nf; i++)
		if (rec->f[i][rec->len[i]] != '\0' || strlen(rec->f[i]) != rec->len[i])
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char delims[] = { ',', '\t', ';', '|', ' ', 'a', '\\', '\'' };
	struct csv_reader *r;
	struct csv_dialect d = { ',', 0 };
	const struct csv_record *rec;
	unsigned long line = 0;

	if (size == 0)
		return 0;
	d.delim = delims[data[0] & 7];
	d.no_header = (data[0] >> 3) & 1;
	if ((r = csv_reader_open_mem("fuzz", (const char *)data + 1, size - 1, &d, NULL)) == NULL)
		abort();
	if ((data[0] >> 4) & 1)
		csv_reader_allow_ragged(r);
	if ((rec = csv_reader_header(r)) != NULL) {
		check(rec, &line);
		if ((data[0] >> 5) & 1)
			(void)csv_reader_find(r, "date");
	}
	while ((rec = csv_reader_next(r)) != NULL)
		check(rec, &line);
	/* An error ends the reading: nothing comes after it. */
	if (csv_reader_error(r) != NULL && (csv_reader_next(r) != NULL ||
	    csv_reader_error(r)->msg[0] == '\0'))
		abort();
	csv_reader_close(r);
	return 0;
}
