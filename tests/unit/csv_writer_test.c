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

/* --format=json: one field keyed "k", after a first field "a" keyed "id". */
static const struct {
	const char *field;
	const char *want;
} json[] = {
	/* Empty is null. */
	{ "", "{\"id\":\"a\",\"k\":null}\n" },
	/* Numbers: -?(0|[1-9][0-9]*)(.[0-9]+)?, of at most 15 digits. */
	{ "0", "{\"id\":\"a\",\"k\":0}\n" },
	{ "30", "{\"id\":\"a\",\"k\":30}\n" },
	{ "-7", "{\"id\":\"a\",\"k\":-7}\n" },
	{ "-0", "{\"id\":\"a\",\"k\":-0}\n" },
	{ "90.9", "{\"id\":\"a\",\"k\":90.9}\n" },
	{ "0.50", "{\"id\":\"a\",\"k\":0.50}\n" },
	{ "123456789012345", "{\"id\":\"a\",\"k\":123456789012345}\n" },
	{ "12345678901234.5", "{\"id\":\"a\",\"k\":12345678901234.5}\n" },
	/* Number-like strings stay strings. */
	{ "1234567890123456", "{\"id\":\"a\",\"k\":\"1234567890123456\"}\n" },
	{ "007", "{\"id\":\"a\",\"k\":\"007\"}\n" },
	{ "+1", "{\"id\":\"a\",\"k\":\"+1\"}\n" },
	{ "1.", "{\"id\":\"a\",\"k\":\"1.\"}\n" },
	{ ".5", "{\"id\":\"a\",\"k\":\".5\"}\n" },
	{ "-", "{\"id\":\"a\",\"k\":\"-\"}\n" },
	{ "1e3", "{\"id\":\"a\",\"k\":\"1e3\"}\n" },
	{ " 1", "{\"id\":\"a\",\"k\":\" 1\"}\n" },
	{ "1,5", "{\"id\":\"a\",\"k\":\"1,5\"}\n" },
	{ "2026-10-01", "{\"id\":\"a\",\"k\":\"2026-10-01\"}\n" },
	{ "NaN", "{\"id\":\"a\",\"k\":\"NaN\"}\n" },
	/* Escapes: a quote, a backslash, the C0 controls. */
	{ "say \"hi\"", "{\"id\":\"a\",\"k\":\"say \\\"hi\\\"\"}\n" },
	{ "a\\b", "{\"id\":\"a\",\"k\":\"a\\\\b\"}\n" },
	{ "l1\nl2\r\t\b\f", "{\"id\":\"a\",\"k\":\"l1\\nl2\\r\\t\\b\\f\"}\n" },
	{ "bell\x07\x1b[0m\x1f", "{\"id\":\"a\",\"k\":\"bell\\u0007\\u001b[0m\\u001f\"}\n" },
	{ "del\x7f/", "{\"id\":\"a\",\"k\":\"del\x7f/\"}\n" },
	/* UTF-8 passes through; a byte that is not UTF-8 is U+FFFD. */
	{ "caf\xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x92\x94", "{\"id\":\"a\",\"k\":\"caf\xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x92\x94\"}\n" },
	{ "x\xff\xc3y", "{\"id\":\"a\",\"k\":\"x\\ufffd\\ufffdy\"}\n" },
};

static void
test_json(void)
{
	char *buf = NULL;
	size_t i, n = 0;
	FILE *fp;
	struct csv_writer w;

	for (i = 0; i < N(json); i++) {
		fp = open_memstream(&buf, &n);
		csv_writer_init(&w, fp, ',');
		csv_writer_json(&w, 1);
		csv_write_row(&w, "id", "k", NULL);
		csv_write_str(&w, "a");
		csv_write_str(&w, json[i].field);
		csv_write_end(&w);
		csv_writer_free(&w);
		fclose(fp);
		CHECK_STR(buf, json[i].want);
		free(buf);
		buf = NULL;
	}

	/* The header is kept, not written: no row, no output.  Its names are
	 * escaped too; a field past its end, or every field with no header,
	 * is keyed by its column number.  Numbers from csv_write_long and
	 * csv_write_plain are numbers; a row as read is keyed like any. */
	fp = open_memstream(&buf, &n);
	csv_writer_init(&w, fp, '\t');
	csv_writer_json(&w, 1);
	csv_write_row(&w, "a\"b", "", NULL);
	fflush(fp);
	CHECK(n == 0);
	csv_write_long(&w, -42);
	csv_write_plain(&w, "x", 1);
	csv_write_str(&w, "extra");
	csv_write_end(&w);
	csv_writer_free(&w);
	csv_writer_init(&w, fp, ',');
	csv_writer_json(&w, 0);
	csv_write_row(&w, "p", "", NULL);
	csv_writer_free(&w);
	fclose(fp);
	CHECK_STR(buf, "{\"a\\\"b\":-42,\"\":\"x\",\"3\":\"extra\"}\n"
	    "{\"1\":\"p\",\"2\":null}\n");
	free(buf);
}

int
main(void)
{
	test_json();
	test_quoting();
	test_flush();
	test_rows();
	return check_done("csv_writer_test");
}
