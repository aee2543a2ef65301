/* text_test: UTF-8 width, wrapping, tip choice, and the CSV layer. */
#include <stdlib.h>

#include "core/text.h"
#include "core/tips.h"
#include "io/csv.h"
#include "io/csv_writer.h"
#include "tests/unit/check.h"
#include "util/err.h"

static void
wrap_all(const char *s, size_t width, char *out)
{
	size_t n = strlen(s), used, off, len;

	*out = '\0';
	while ((used = wrap_next(s, n, width, &off, &len)) > 0) {
		strncat(out, s + off, len);
		strcat(out, "|");
		s += used;
		n -= used;
	}
}

static void
test_width(void)
{
	long cp;

	CHECK(text_width("abc", 3) == 3);
	CHECK(text_width("caf\xc3\xa9", 5) == 4);
	CHECK(text_width("\xe6\x97\xa5\xe6\x9c\xac", 6) == 4);       /* two CJK */
	CHECK(text_width("e\xcc\x81", 3) == 1);                      /* e + combining acute */
	CHECK(text_width("\xf0\x9f\x98\x80", 4) == 2);               /* an emoji */
	CHECK(utf8_decode("\xc0\xaf", 2, &cp) == 1 && cp == -1);    /* overlong */
	CHECK(utf8_decode("\xed\xa0\x80", 3, &cp) == 1 && cp == -1);  /* surrogate */
	CHECK(utf8_decode("\xe6\x97", 2, &cp) == 1 && cp == -1);    /* cut short */
	CHECK(utf8_valid("plain \xe2\x80\x94 text", 13));
	CHECK(!utf8_valid("caf\xe9", 4));
}

static void
test_wrap(void)
{
	char out[256];

	wrap_all("the quick brown fox", 9, out);
	CHECK_STR(out, "the quick|brown fox|");
	wrap_all("the quick brown fox", 8, out);
	CHECK_STR(out, "the|quick|brown|fox|");
	wrap_all("  lead  and   trail  ", 20, out);
	CHECK_STR(out, "lead  and   trail|");
	/* A word wider than the line is not split: it overflows alone. */
	wrap_all("abcdefghij", 4, out);
	CHECK_STR(out, "abcdefghij|");
	wrap_all("ab abcdefghij cd", 4, out);
	CHECK_STR(out, "ab|abcdefghij|cd|");
	wrap_all("abcdefghij  \nx", 4, out);
	CHECK_STR(out, "abcdefghij|x|");
	wrap_all("one\ntwo three", 20, out);
	CHECK_STR(out, "one|two three|");
	wrap_all("\xe6\x97\xa5\xe6\x9c\xac \xe6\x97\xa5\xe6\x9c\xac", 5, out);
	CHECK_STR(out, "\xe6\x97\xa5\xe6\x9c\xac|\xe6\x97\xa5\xe6\x9c\xac|");
	wrap_all("", 10, out);
	CHECK_STR(out, "");
}

static void
test_tips(void)
{
	struct tip t = { "s", 0, "burden respect", "", "x" };
	size_t n, day, idx[10], i;
	uint64_t st = 42, st2 = 42;

	CHECK(tip_has_tag(&t, "burden") && tip_has_tag(&t, "respect"));
	CHECK(!tip_has_tag(&t, "burd") && !tip_has_tag(&t, "spect") && !tip_has_tag(&t, ""));

	/* Any n consecutive days give n different tips, for every n. */
	for (n = 1; n <= 100; n++) {
		for (day = 0; day < 3; day++) {
			char seen[100] = { 0 };
			long d;
			int dup = 0;

			for (d = -500 + (long)day * 997; d < -500 + (long)day * 997 + (long)n; d++) {
				size_t k = tip_daily(d, n);

				dup |= k >= n || seen[k];
				seen[k] = 1;
			}
			CHECK(!dup);
		}
	}

	for (i = 0; i < 10; i++)
		idx[i] = i;
	tip_pick(idx, 10, 4, &st);
	CHECK(tip_rand(&st2) != tip_rand(&st2));
	for (i = 0; i < 4; i++) {
		size_t j;

		for (j = i + 1; j < 4; j++)
			CHECK(idx[i] != idx[j]);
	}
}

static void
test_csv(void)
{
	static const char in[] =
	    "\xef\xbb\xbf" "a,b\r\n1, two \r\n\r\n\"x\ny\",\"q\"\"q\"\r\n\"\",4";
	struct csv_dialect d = { ',', 0 };
	struct csv_reader *r = csv_reader_open_mem("mem", in, sizeof in - 1, &d, NULL);
	const struct csv_record *rec;
	struct csv_writer w;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	csv_writer_init(&w, fp, ',');
	CHECK(csv_reader_header(r) != NULL && csv_reader_header(r)->nf == 2);
	CHECK(csv_reader_find(r, "b") == 1 && csv_reader_find(r, "c") == -1);
	CHECK(csv_reader_column(r, "2", "-c") == 1 && csv_reader_column(r, "a", "-c") == 0);
	csv_write_record(&w, csv_reader_header(r));
	csv_write_end(&w);
	while ((rec = csv_reader_next(r)) != NULL) {
		char line[8];

		/* Raw bytes only for records that were one whole line. */
		if (rec->line == 2)
			CHECK(rec->raw != NULL && rec->rawlen == 7 && memcmp(rec->raw, "1, two ", 7) == 0);
		if (rec->line == 4)
			CHECK(rec->raw == NULL);
		if (rec->line == 6)
			CHECK(rec->raw == NULL);    /* it ends the input, with no line end */

		snprintf(line, sizeof line, "%lu", rec->line);
		csv_write_str(&w, line);
		csv_write_record(&w, rec);
		csv_write_end(&w);
	}
	csv_writer_init(&w, fp, ',');
	csv_write_str(&w, "");
	csv_write_end(&w);
	csv_write_long(&w, -1234567);
	csv_write_long(&w, 0);
	csv_write_end(&w);
	fclose(fp);
	/* Spaces kept, BOM dropped, blank line skipped, quotes only where
	 * needed, and each record's first line. */
	CHECK_STR(buf, "a,b\n2,1, two \n4,\"x\ny\",\"q\"\"q\"\n6,,4\n\"\"\n-1234567,0\n");
	free(buf);
	csv_reader_close(r);
}

/* Rows passed on as read come out exactly as csv_write_record writes them. */
static void
test_as_read(void)
{
	static const char in[] = "a,b\n\"x\",\"y,z\"\n\"p\"\"q\",r\nplain,row\n";
	struct csv_dialect d = { ',', 0 };
	struct csv_reader *r = csv_reader_open_mem("mem", in, sizeof in - 1, &d, NULL);
	const struct csv_record *rec;
	struct csv_saved saved = { 0 };
	struct csv_writer w;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	csv_writer_init(&w, fp, ',');
	csv_saved_set(&saved, csv_reader_header(r));
	CHECK(csv_saved_equal(&saved, csv_reader_header(r)));
	while ((rec = csv_reader_next(r)) != NULL) {
		CHECK(!csv_saved_equal(&saved, rec));
		/* Quoted lines keep their bytes in raw; the plain one was split
		 * in place. */
		if (rec->line == 4)
			CHECK(rec->plain && rec->raw == NULL);
		else
			CHECK(!rec->plain && rec->raw != NULL);
		csv_write_record_as_read(&w, rec, ',');
		csv_write_str(&w, "1");
		csv_write_end(&w);
	}
	fclose(fp);
	CHECK_STR(buf, "x,\"y,z\",1\n\"p\"\"q\",r,1\nplain,row,1\n");
	/* The copy outlives the reader's buffers. */
	CHECK(saved.nf == 2 && strcmp(saved.f[0], "a") == 0 && strcmp(saved.f[1], "b") == 0);
	csv_saved_free(&saved);
	free(buf);
	csv_reader_close(r);
}

/* File names in messages: as GNU ls --quoting-style=shell-escape shows
 * them, and as they are when they need no quoting. */
static void
test_names(void)
{
	CHECK_STR(quote_name("plain/dir-1_x.csv"), "plain/dir-1_x.csv");
	CHECK_STR(quote_name("x#"), "x#");
	CHECK_STR(quote_name("caf\xc3\xa9 "), "'caf\xc3\xa9 '");
	CHECK_STR(quote_name("\xe2\x80\x94"), "\xe2\x80\x94");
	CHECK_STR(quote_name(""), "''");
	CHECK_STR(quote_name("#x"), "'#x'");
	CHECK_STR(quote_name("~y"), "'~y'");
	CHECK_STR(quote_name("a b"), "'a b'");
	CHECK_STR(quote_name("a$b"), "'a$b'");
	CHECK_STR(quote_name("it's here"), "\"it's here\"");
	CHECK_STR(quote_name("it's $x"), "'it'\\''s $x'");
	CHECK_STR(quote_name("\nz"), "''$'\\n''z'");
	CHECK_STR(quote_name("a\nb\033[31m.csv"), "'a'$'\\n''b'$'\\033''[31m.csv'");
	CHECK_STR(quote_name("c\xc2\x85" "d"), "'c'$'\\302\\205''d'");
	CHECK_STR(quote_name("\xe2\x80\xa8"), "''$'\\342\\200\\250'");
	CHECK_STR(quote_name("bad\xff"), "'bad'$'\\377'");
	CHECK_STR(quote_name("tab\there"), "'tab'$'\\t''here'");
}

int
main(void)
{
	test_names();
	test_as_read();
	test_width();
	test_wrap();
	test_tips();
	test_csv();
	return check_done("text_test");
}
