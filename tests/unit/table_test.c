/* table_test: widths from a sample, numbers to the right, control
 * characters as spaces, and rows past the sample streamed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/table.h"
#include "tests/unit/check.h"

static void
add(struct table *t, const char *a, const char *b)
{
	const char *cell[2] = { a, b };
	size_t len[2] = { strlen(a), strlen(b) };

	table_add(t, cell, len, 2);
}

/* A header, two rows, FILL rows of "x,1", and last a wider "y,123456". */
static char *
render(int fill, int bold)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n);
	struct table *t = table_new(fp, 1, bold);
	int i;

	add(t, "name", "days");
	add(t, "caf\xc3\xa9", "7");
	add(t, "two\nlines", "-12");
	for (i = 0; i < fill; i++)
		add(t, "x", "1");
	add(t, "y", "123456");
	table_finish(t);
	fclose(fp);
	return buf;
}

int
main(void)
{
	char *s;

	s = render(0, 0);
	CHECK_STR(s,
	    "name         days\n"
	    "caf\xc3\xa9            7\n"
	    "two lines     -12\n"
	    "y          123456\n");
	free(s);

	s = render(0, 1);
	CHECK(strncmp(s, "\033[1mname         days\033[0m\n", 26) == 0);
	free(s);

	/* The sample is TABLE_SAMPLE rows, header included: a wider cell after
	 * it pushes its row out of line, and is never cut. */
	s = render(TABLE_SAMPLE - 4, 0);
	CHECK(strstr(s, "\nx               1\ny          123456\n") != NULL);
	free(s);
	s = render(TABLE_SAMPLE - 3, 0);
	CHECK(strstr(s, "\nx             1\ny          123456\n") != NULL);
	CHECK(strncmp(s, "name       days\n", 16) == 0);
	free(s);

	{
		/* A column with a word in it is a column of text. */
		char *buf = NULL;
		size_t n = 0;
		FILE *fp = open_memstream(&buf, &n);
		struct table *t = table_new(fp, 0, 0);

		add(t, "1", "a");
		add(t, "22", "7");
		table_finish(t);
		fclose(fp);
		CHECK_STR(buf, " 1  a\n22  7\n");
		free(buf);
	}
	{
		/* Empty cells at the end of a row leave no blanks behind. */
		char *buf = NULL;
		size_t n = 0;
		FILE *fp = open_memstream(&buf, &n);
		struct table *t = table_new(fp, 0, 0);

		add(t, "longer", "a");
		add(t, "x", "");
		add(t, "", "b");
		table_finish(t);
		fclose(fp);
		CHECK_STR(buf, "longer  a\nx\n        b\n");
		free(buf);
	}
	{
		/* Fitted in a width: the text column narrows to its widest word
		 * and wraps at spaces; a table that fits is left as it is. */
		static const char *const rows[][3] = {
			{ "#", "who", "note" },
			{ "1", "me", "argued about the weekend plans" },
			{ "12", "him", "said \"dangerously good\" again" },
			{ "3", "me", "ok\nthen" },
		};
		size_t widths[] = { 60, 24, 16, 10 };
		const char *want[] = {
		    " #  who  note\n"
		    " 1  me   argued about the weekend plans\n"
		    "12  him  said \"dangerously good\" again\n"
		    " 3  me   ok then\n",
		    " #  who  note\n"
		    " 1  me   argued about\n"
		    "         the weekend\n"
		    "         plans\n"
		    "12  him  said\n"
		    "         \"dangerously\n"
		    "         good\" again\n"
		    " 3  me   ok then\n",
		    /* Too narrow for the widest word: the columns in bands. */
		    " #  who\n"
		    "    note\n"
		    " 1  me\n"
		    "    argued about\n"
		    "    the weekend\n"
		    "    plans\n"
		    "12  him\n"
		    "    said\n"
		    "    \"dangerously\n"
		    "    good\" again\n"
		    " 3  me\n"
		    "    ok then\n",
		    /* Narrower than a word: it overflows, whole. */
		    " #  who\n"
		    "    note\n"
		    " 1  me\n"
		    "    argued\n"
		    "    about\n"
		    "    the\n"
		    "    weekend\n"
		    "    plans\n"
		    "12  him\n"
		    "    said\n"
		    "    \"dangerously\n"
		    "    good\"\n"
		    "    again\n"
		    " 3  me\n"
		    "    ok\n"
		    "    then\n",
		};
		size_t k, r;

		for (k = 0; k < sizeof widths / sizeof widths[0]; k++) {
			char *buf = NULL;
			size_t n = 0;
			FILE *fp = open_memstream(&buf, &n);
			struct table *t = table_new(fp, 1, 0);

			table_set_width(t, widths[k]);
			for (r = 0; r < 4; r++) {
				size_t len[3] = { strlen(rows[r][0]), strlen(rows[r][1]),
				    strlen(rows[r][2]) };

				table_add(t, rows[r], len, 3);
			}
			table_finish(t);
			fclose(fp);
			CHECK_STR(buf, want[k]);
			free(buf);
		}
	}
	return check_done("table_test");
}
