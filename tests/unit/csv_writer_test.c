/* csv_writer_test: a field is quoted exactly when it must be, and a write
 * error on the stream is reported by csv_writer_flush. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/csv_writer.h"
#include "tests/unit/check.h"

/* One field, written after a first field "a" so that the delimiter before
 * it shows too. */
static const struct {
	char delim;
	const char *field;
	const char *want;
} quoting[] = {
	/* Nothing to quote: the bytes pass through, spaces and all. */
	{ ',', "plain", "a,plain\n" },
	{ ',', " two words ", "a, two words \n" },
	{ ',', "", "a,\n" },
	{ ',', "tab\there", "a,tab\there\n" },
	{ ',', "caf\xc3\xa9", "a,caf\xc3\xa9\n" },
	/* The delimiter, a quote, CR or LF: quoted, a quote inside doubled. */
	{ ',', "x,y", "a,\"x,y\"\n" },
	{ ',', "say \"hi\"", "a,\"say \"\"hi\"\"\"\n" },
	{ ',', "\"", "a,\"\"\"\"\n" },
	{ ',', "cr\rhere", "a,\"cr\rhere\"\n" },
	{ ',', "lf\nhere", "a,\"lf\nhere\"\n" },
	{ ',', "\r\n", "a,\"\r\n\"\n" },
	/* The writer looks eight bytes at a time: the byte that needs quotes
	 * first and last in a word, and in the tail after the last whole word. */
	{ ',', ",2345678", "a,\",2345678\"\n" },
	{ ',', "1234567,", "a,\"1234567,\"\n" },
	{ ',', "12345678\n", "a,\"12345678\n\"\n" },
	{ ',', "123,5678", "a,\"123,5678\"\n" },
	{ ',', "123\"5678", "a,\"123\"\"5678\"\n" },
	{ ',', "123\r5678", "a,\"123\r5678\"\n" },
	{ ',', "123\n5678", "a,\"123\n5678\"\n" },
	{ '\t', "123\t5678", "a\t\"123\t5678\"\n" },
	{ ',', "1234567890123456\"", "a,\"1234567890123456\"\"\"\n" },
	{ ',', "12345678901234567", "a,12345678901234567\n" },
	/* The delimiter is what the writer was given: a comma under -d tab
	 * needs no quotes, a tab does. */
	{ '\t', "x,y", "a\tx,y\n" },
	{ '\t', "x\ty", "a\t\"x\ty\"\n" },
	{ ';', "x;y", "a;\"x;y\"\n" },
	{ ';', "x,y", "a;x,y\n" },
};

#define N(a) (sizeof (a) / sizeof (a)[0])

static void
test_quoting(void)
{
	size_t i;

	for (i = 0; i < N(quoting); i++) {
		char *buf = NULL;
		size_t n = 0;
		FILE *fp = open_memstream(&buf, &n);
		struct csv_writer w;

		csv_writer_init(&w, fp, quoting[i].delim);
		csv_write_str(&w, "a");
		csv_write_str(&w, quoting[i].field);
		csv_write_end(&w);
		fclose(fp);
		CHECK_STR(buf, quoting[i].want);
		free(buf);
	}
}

/* Whole rows: a lone empty field is quoted so that it does not read back as
 * a blank line; a row longer than the writer's buffer comes out whole. */
static void
test_rows(void)
{
	char *buf = NULL, *big = malloc(3 * CSV_ROW_BUF);
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n);
	struct csv_writer w;

	memset(big, 'b', 3 * CSV_ROW_BUF - 1);
	big[3 * CSV_ROW_BUF - 1] = '\0';
	csv_writer_init(&w, fp, 0);
	csv_write_str(&w, "");
	csv_write_end(&w);
	csv_write_str(&w, "");
	csv_write_str(&w, "");
	csv_write_end(&w);
	csv_write_row(&w, "x", "y,z", NULL);
	csv_write_long(&w, -42);
	csv_write_plain(&w, "a,b", 3);
	csv_write_end(&w);
	csv_write_str(&w, big);
	csv_write_str(&w, "\"");
	csv_write_end(&w);
	CHECK(csv_writer_flush(&w) == 0);
	fclose(fp);
	CHECK(n == 21 + 3 * CSV_ROW_BUF - 1 + 6);
	CHECK(n > 21 && memcmp(buf, "\"\"\n,\nx,\"y,z\"\n-42,a,b\nb", 22) == 0);
	CHECK(n > 7 && memcmp(buf + n - 7, "b,\"\"\"\"\n", 7) == 0);
	free(buf);
	free(big);
}

/* Batched rows wait in the writer until flushed; a failed write shows in
 * csv_writer_flush's result. */
static void
test_flush(void)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n), *full;
	struct csv_writer w;

	csv_writer_init(&w, fp, ',');
	csv_writer_batch(&w);
	csv_write_row(&w, "1", "2", NULL);
	fflush(fp);
	CHECK(n == 0);
	CHECK(csv_writer_flush(&w) == 0);
	fclose(fp);
	CHECK_STR(buf, "1,2\n");
	free(buf);

	if ((full = fopen("/dev/full", "w")) == NULL)
		return;
	setvbuf(full, NULL, _IONBF, 0);
	csv_writer_init(&w, full, ',');
	csv_write_row(&w, "1", "2", NULL);
	CHECK(csv_writer_flush(&w) == -1);
	fclose(full);

	/* A writer that was never given a stream has nothing to flush. */
	memset(&w, 0, sizeof w);
	CHECK(csv_writer_flush(&w) == 0);
}

int
main(void)
{
	test_quoting();
	test_flush();
	test_rows();
	return check_done("csv_writer_test");
}
