/* journal_reader_test: the journal read back and appended to, with the
 * errors and warnings io/journal returns instead of printing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/date.h"
#include "io/journal.h"
#include "tests/unit/check.h"

#define H JOURNAL_HEADER

static char dir[] = "/tmp/rk-journal-test-XXXXXX";
static char path[128];

static void
put(const char *s, mode_t mode)
{
	FILE *fp;

	unlink(path);
	if ((fp = fopen(path, "wb")) == NULL || fputs(s, fp) == EOF || fclose(fp) != 0)
		abort();
	chmod(path, mode);
}

static char *
slurp(void)
{
	static char buf[4096];
	FILE *fp = fopen(path, "rb");
	size_t n;

	if (fp == NULL)
		return NULL;
	n = fread(buf, 1, sizeof buf - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

/* An error or warning as a program prints it, without the program name. */
static const char *
said(const struct rk_error *e)
{
	static char buf[1024];

	if (e == NULL)
		return "(none)";
	if (e->file[0] != '\0' && e->line > 0)
		snprintf(buf, sizeof buf, "%s:%lu: %s", e->file + strlen(dir), e->line, e->msg);
	else if (e->file[0] != '\0')
		snprintf(buf, sizeof buf, "%s: %s", e->file + strlen(dir), e->msg);
	else
		snprintf(buf, sizeof buf, "%s", e->msg);
	return buf;
}

static const struct {
	const char *file;
	const char *rows;       /* "date who day-offset;" for each row read */
	const char *warning;
	const char *error;
} reads[] = {
	{ "", "", NULL, NULL },
	{ H "\n", "", NULL, NULL },
	{ H "\n2026-10-01,10:00,him,text,flirt,hi\n2026-10-02,,me,call,,\n",
	  "2026-10-01 him;2026-10-02 me;", NULL, NULL },
	{ "\xef\xbb\xbf" H "\r\n1969-12-31,,him,visit,visits,\r\n", "1969-12-31 him;", NULL, NULL },
	{ H "\n2026-10-01,10:00,him,text,,hi\n2026-10-02,10:00,me,te",
	  "2026-10-01 him;", "/j.csv:3: skipped an incomplete last line, left by an append "
	  "that was interrupted", NULL },
	{ "a,b\n", "", NULL, "/j.csv:1: not a contact journal (its header should be " H ")" },
	{ "bad\n2026-10-01,10:00,me,te", "",
	  "/j.csv:2: skipped an incomplete last line, left by an append that was interrupted",
	  "/j.csv:1: not a contact journal (its header should be " H ")" },
	{ H "\n2026-10-01,,me,,,\n2026-13-01,,me,,,\n2026-10-03,,me,,,\n", "2026-10-01 me;", NULL,
	  "/j.csv:3: \"2026-13-01\" is not a date (YYYY-MM-DD)" },
	{ H "\n2026-10-01,8:00,me,,,\n", "", NULL,
	  "/j.csv:2: \"8:00\" is not a time of day (HH:MM, or empty)" },
	{ H "\n2026-10-01,,them,,,\n", "", NULL,
	  "/j.csv:2: \"them\" is not who started the contact (me or him)" },
	{ H "\n2026-10-01,,me,,\n", "", NULL, "/j.csv:2: 5 fields where the header has 6" },
	{ H "\n2026-10-01,,me,,,\"open\nstill\n", "", NULL, "/j.csv:2: unterminated quoted field" },
};

static const struct {
	const char *file;       /* NULL: no file */
	mode_t mode;
	const char *after;      /* the file after appending ROW */
	const char *warnings;   /* joined with "|" */
	const char *error;
} appends[] = {
	{ NULL, 0600, H "\nROW\n", "", NULL },
	{ H "\n", 0600, H "\nROW\n", "", NULL },
	{ H "\n1,2,me,4,5,6", 0600, H "\n1,2,me,4,5,6\nROW\n", "", NULL },
	{ H "\r1,2,me,4,5,6\r", 0600, H "\r1,2,me,4,5,6\rROW\r", "", NULL },
	{ H "\n2026-10-01,10:00,me,te", 0600, H "\nROW\n",
	  "/j.csv:2: removed an incomplete last line, left by an append that was interrupted",
	  NULL },
	{ H "\n2026-10-01,10:00,me,te", 0644, H "\nROW\n",
	  "DIR/j.csv: other users can read this journal (mode 0644); chmod 600 makes it "
	  "private|/j.csv:2: removed an incomplete last line, left by an append that was "
	  "interrupted", NULL },
	{ H "\n1,2,me,4,5,\"open\nmore\n", 0600, H "\n1,2,me,4,5,\"open\nmore\n", "",
	  "/j.csv:2: the last record is inside an unclosed quote; mend the file by hand "
	  "before adding to it" },
	{ "a,b\n", 0644, "a,b\n", "DIR/j.csv: other users can read this journal (mode 0644); "
	  "chmod 600 makes it private",
	  "/j.csv:1: not a contact journal (its header should be " H "); not writing to it" },
};

/* The rows of the journal at PATH, the warning and the error as said. */
static void
read_back(char *rows, size_t n, char *warning, char *error)
{
	struct journal_warnings w = { 0 };
	struct rk_error e = { 0 };
	struct journal_reader *r = journal_reader_open(path, NULL, &w, &e);
	const struct journal_row *row;
	char iso[11];
	size_t used = 0;

	rows[0] = '\0';
	snprintf(warning, 1024, "%s", w.n > 0 ? said(&w.w[0]) : "(none)");
	if (r == NULL) {
		snprintf(error, 1024, "%s", said(&e));
		return;
	}
	while ((row = journal_reader_next(r)) != NULL) {
		date_format_iso(row->day, iso);
		/* The day is the date's. */
		if (strcmp(iso, row->f[J_DATE]) != 0)
			abort();
		used += (size_t)snprintf(rows + used, n - used, "%s %s;", iso, row->f[J_WHO]);
	}
	snprintf(error, 1024, "%s", said(journal_reader_error(r)));
	journal_reader_close(r);
}

int
main(void)
{
	static const char row[] = "ROW\n";
	char rows[1024], warning[1024], error[1024], want[2048], *w;
	struct journal_warnings ws;
	struct rk_error e;
	size_t i, j;

	if (mkdtemp(dir) == NULL)
		abort();
	snprintf(path, sizeof path, "%s/j.csv", dir);

	for (i = 0; i < sizeof reads / sizeof reads[0]; i++) {
		put(reads[i].file, 0600);
		read_back(rows, sizeof rows, warning, error);
		CHECK_STR(rows, reads[i].rows);
		CHECK_STR(warning, reads[i].warning ? reads[i].warning : "(none)");
		CHECK_STR(error, reads[i].error ? reads[i].error : "(none)");
	}
	unlink(path);
	CHECK(journal_reader_open(path, NULL, NULL, &e) == NULL);
	snprintf(want, sizeof want, "%s: No such file or directory", path);
	CHECK_STR(e.msg, want);

	for (i = 0; i < sizeof appends / sizeof appends[0]; i++) {
		if (appends[i].file != NULL)
			put(appends[i].file, appends[i].mode);
		else
			unlink(path);
		memset(&ws, 0, sizeof ws);
		memset(&e, 0, sizeof e);
		CHECK(journal_append(path, row, sizeof row - 1, &ws, &e) ==
		    (appends[i].error ? -1 : 0));
		CHECK_STR(slurp(), appends[i].after);
		CHECK_STR(e.msg[0] ? said(&e) : "(none)", appends[i].error ? appends[i].error :
		    "(none)");
		want[0] = '\0';
		for (j = 0; j < ws.n; j++)
			snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s",
			    j > 0 ? "|" : "", said(&ws.w[j]));
		/* A message with the path in it names the folder DIR. */
		while ((w = strstr(want, dir)) != NULL) {
			memmove(w + 3, w + strlen(dir), strlen(w + strlen(dir)) + 1);
			memcpy(w, "DIR", 3);
		}
		CHECK_STR(want, appends[i].warnings);
	}

	/* Not a file to append to: a directory, a symbolic link. */
	memset(&e, 0, sizeof e);
	CHECK(journal_append(dir, row, sizeof row - 1, NULL, &e) == -1);
	snprintf(want, sizeof want, "%s: Is a directory", dir);
	CHECK_STR(e.msg, want);
	put(H "\n", 0600);
	snprintf(rows, sizeof rows, "%s/link.csv", dir);
	CHECK(symlink(path, rows) == 0);
	memset(&e, 0, sizeof e);
	CHECK(journal_append(rows, row, sizeof row - 1, NULL, &e) == -1);
	snprintf(want, sizeof want, "%s: a symbolic link; rk-log writes only to the journal "
	    "itself, name it with -f", rows);
	CHECK_STR(e.msg, want);
	CHECK_STR(slurp(), H "\n");

	unlink(rows);
	unlink(path);
	rmdir(dir);
	return check_done("journal_reader_test");
}
