/* csv_test: the CSV reader's records and errors, as a table.  Each input is
 * read whole, then again in small chunks through libcsv alone (no plain-line
 * fast path), and both readings must give the same records and error. */
#include <stdlib.h>

#include "io/csv.h"
#include "tests/unit/check.h"

struct csv_case {
	const char *name;
	const char *in;         /* NULL: made by make_input() */
	size_t n;               /* its length, NUL bytes included */
	int no_header;
	/* The header and the records, each "LINE:field|field;", then the
	 * error as "LINE: message", or "" when the input is read to its end. */
	const char *want;
};

/* no_header above: NH the first row is data; SNIFF a header with a tab but
 * no comma makes TSV ("[-t]" after the header marks csv_reader_tab_hint). */
#define NH 1
#define SNIFF 2

#define IN(s) s, sizeof s - 1

static const struct csv_case cases[] = {
	{ "lf", IN("date,event\n2026-01-01,a\n"), 0, "1:date|event;2:2026-01-01|a;" },
	{ "no final newline", IN("date,event\n2026-01-01,a"), 0,
	  "1:date|event;2:2026-01-01|a;" },
	{ "CR-only line ends", IN("date,event\r2026-01-01,a\r"), 0,
	  "1:date|event;2:2026-01-01|a;" },
	{ "CRLF", IN("date,event\r\n2026-01-01,a\r\n2026-01-02,b\r\n"), 0,
	  "1:date|event;2:2026-01-01|a;3:2026-01-02|b;" },
	{ "a byte-order mark is skipped", IN("\xef\xbb\xbf" "date,event\n2026-01-01,a\n"), 0,
	  "1:date|event;2:2026-01-01|a;" },
	{ "empty input", IN(""), 0, "" },
	{ "header only", IN("date,event\n"), 0, "1:date|event;" },
	{ "no header", IN("2026-01-01,a\n2026-01-02,b\n"), 1, "1:2026-01-01|a;2:2026-01-02|b;" },
	{ "spaces are kept", IN("a,b\n x , y \n"), 0, "1:a|b;2: x | y ;" },
	{ "quotes: a comma, a doubled quote, empty fields", IN("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",\n"),
	  0, "1:a|b|c;2:x,y|say \"hi\"|;" },
	{ "a quoted field over lines counts from its first line",
	  IN("date,note\n\n\n2026-10-01,\"a\nb\"\nsoon,x\n"), 0,
	  "1:date|note;4:2026-10-01|a\nb;6:soon|x;" },
	{ "blank CRLF lines and a quoted CRLF", IN("date,note\r\n\r\n\r\nsoon,\"a\r\nb\"\r\n"), 0,
	  "1:date|note;4:soon|a\r\nb;" },
	{ "an unterminated quote names the line it opens on",
	  IN("date,event\n2026-01-01,a\n\"open,\n2026-01-01,a\n"), 0,
	  "1:date|event;2:2026-01-01|a;3: unterminated quoted field" },
	{ "a NUL byte", IN("date,event\n2026-01-01,a\n2026-01-01,a\0x\n"), 0,
	  "1:date|event;2:2026-01-01|a;3: NUL byte in field 2" },
	{ "a NUL byte in a quoted field over lines",
	  IN("date,event\n2026-01-01,a\n2026-01-02,\"x\n\0y\nz\"\n"), 0,
	  "1:date|event;2:2026-01-01|a;3: NUL byte in field 2" },
	{ "a quote inside a field", IN("date,event\n2026-01-01,a\n2026-01-02,\"x\ny\n\"z\"w\n"), 0,
	  "1:date|event;2:2026-01-01|a;3: malformed CSV: a quote must open and close the whole field" },
	{ "a row wider than the header", IN("a,b\n1,2\n1,2,3\n"), 0,
	  "1:a|b;2:1|2;3: 3 fields where the header has 2" },
	{ "a row narrower than the header", IN("a,b,c\n1,2,3\n\n1,2\n"), 0,
	  "1:a|b|c;2:1|2|3;4: 2 fields where the header has 3" },
	{ "100,000 commas", NULL, 0, 0,
	  "1:date|event;2:2026-01-01|a;3: 100001 fields where the header has 2" },
	{ "a field of exactly 1 MiB", NULL, 0, 0, NULL },
	{ "a field one byte over 1 MiB", NULL, 0, 0,
	  "1:date|event;2:2026-01-01|a;3: field longer than 1048576 bytes" },
	{ "a quoted field one byte over 1 MiB", NULL, 0, 0,
	  "1:date|event;2:2026-01-01|a;3: field longer than 1048576 bytes" },
	{ "a field over 1 MiB from a record's second line", NULL, 0, 0,
	  "1:date|event;2:2026-01-01|a;3: field longer than 1048576 bytes" },
	{ "TSV: sniffed from the header", IN("a\tb\n1\t2,3\n\"x\ty\"\t\"q\"\"\"\n"), SNIFF,
	  "1:a|b;2:1|2,3;3:x\ty|q\";" },
	{ "TSV: CRLF", IN("a\tb\r\n1\t2\r\n"), SNIFF, "1:a|b;2:1|2;" },
	{ "TSV: a header alone, with no line end", IN("a\tb"), SNIFF, "1:a|b;" },
	{ "TSV: after a byte-order mark", IN("\xef\xbb\xbf" "a\tb\n1\t2\n"), SNIFF, "1:a|b;2:1|2;" },
	{ "TSV: the header's width holds", IN("a\tb\n1\n"), SNIFF,
	  "1:a|b;2: 1 field where the header has 2" },
	{ "TSV: not without sniff", IN("a\tb\n1\t2\n"), 0, "1:a\tb;[-t]2:1\t2;" },
	{ "TSV: not with a comma in the header", IN("a\tb,c\n1\t2,3\n"), SNIFF,
	  "1:a\tb|c;[-t]2:1\t2|3;" },
	{ "TSV: not with a quote in the header", IN("\"a\tb\"\n1\n"), SNIFF, "1:a\tb;[-t]2:1;" },
	{ "TSV: not with no header", IN("a\tb\n1\t2\n"), NH | SNIFF, "1:a\tb;2:1\t2;" },
	{ "TSV: a header with no tab is CSV", IN("a\n1\t2\n"), SNIFF, "1:a;2:1\t2;" },
};

/* The big inputs, made here rather than written out. */
static char *
make_input(size_t i, size_t *n)
{
	const char *head = "date,event\n2026-01-01,a\n";
	size_t h = strlen(head), fill;
	char *s = NULL;

	switch (i) {
	case 18:                /* 100,000 commas */
		s = malloc(h + 100001);
		memcpy(s, head, h);
		memset(s + h, ',', 100000);
		s[h + 100000] = '\n';
		*n = h + 100001;
		break;
	case 19: case 20: case 21: case 22:
		fill = CSV_FIELD_MAX + (i != 19);
		s = malloc(h + 20 + fill);
		memcpy(s, head, h);
		*n = h;
		memcpy(s + *n, i == 22 ? "2026-01-02,\"x\n" : i == 21 ? "2026-01-02,\"" : "2026-01-02,",
		    i == 22 ? 14 : i == 21 ? 12 : 11);
		*n += i == 22 ? 14 : i == 21 ? 12 : 11;
		memset(s + *n, 'x', fill);
		*n += fill;
		if (i >= 21)
			s[(*n)++] = '"';
		s[(*n)++] = '\n';
		break;
	}
	return s;
}

/* Append the N bytes of S to *OUT, which grows as needed. */
static void
put(char **out, size_t *len, size_t *cap, const char *s, size_t n)
{
	if (*len + n + 1 > *cap) {
		*cap = (*len + n + 1) * 2;
		*out = realloc(*out, *cap);
	}
	memcpy(*out + *len, s, n);
	*len += n;
	(*out)[*len] = '\0';
}

static char *
read_all(const char *in, size_t n, int no_header, int sniff, int slow)
{
	struct csv_dialect d = { sniff ? 0 : ',', no_header };
	struct csv_reader *r = csv_reader_open_mem("mem", in, n, &d, NULL);
	const struct csv_record *rec;
	const struct rk_error *e;
	char *out = NULL, buf[600];
	size_t len = 0, cap = 0, k;
	int first = !no_header;

	put(&out, &len, &cap, "", 0);
	/* A byte at a time; the big inputs in odd chunks, to stay quick. */
	if (slow)
		csv_reader_test_mode(r, n > 65536 ? 4093 : 1, 1);
	for (;;) {
		rec = first ? csv_reader_header(r) : csv_reader_next(r);
		first = 0;
		if (rec == NULL)
			break;
		snprintf(buf, sizeof buf, "%lu:", rec->line);
		put(&out, &len, &cap, buf, strlen(buf));
		for (k = 0; k < rec->nf; k++) {
			if (k > 0)
				put(&out, &len, &cap, "|", 1);
			put(&out, &len, &cap, rec->f[k], rec->len[k]);
		}
		put(&out, &len, &cap, ";", 1);
		if (*csv_reader_tab_hint(r) != '\0' && rec->line == 1)
			put(&out, &len, &cap, "[-t]", 4);
	}
	if ((e = csv_reader_error(r)) != NULL) {
		snprintf(buf, sizeof buf, "%lu: %s", e->line, e->msg);
		put(&out, &len, &cap, buf, strlen(buf));
		CHECK_STR(e->file, "mem");
	}
	csv_reader_close(r);
	return out;
}

int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct csv_case *c = &cases[i];
		size_t n = c->n;
		char *made = c->in == NULL ? make_input(i, &n) : NULL;
		const char *in = made != NULL ? made : c->in;
		char *fast = read_all(in, n, c->no_header & NH, c->no_header & SNIFF, 0);
		char *slow = read_all(in, n, c->no_header & NH, c->no_header & SNIFF, 1);

		if (c->want != NULL) {
			if (strcmp(fast, c->want) != 0)
				fprintf(stderr, "case \"%s\":\n", c->name);
			CHECK_STR(fast, c->want);
		} else {
			/* A field of exactly 1 MiB passes whole. */
			const char *p = strstr(fast, "3:2026-01-02|");

			CHECK(p != NULL && strlen(p) == 13 + CSV_FIELD_MAX + 1);
		}
		if (strcmp(fast, slow) != 0)
			fprintf(stderr, "case \"%s\": read a byte at a time, it differs\n", c->name);
		CHECK(strcmp(fast, slow) == 0);
		free(fast);
		free(slow);
		free(made);
	}
	return check_done("csv_test");
}
