/* tip_file: the tips format, checked field by field. */
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "io/csv.h"
#include "io/tip_file.h"
#include "util/arg.h"
#include "util/err.h"

enum { C_SECTION, C_STEP, C_TAGS, C_TITLE, C_TEXT, NCOLS };

static const char *const colnames[NCOLS] = { "section", "step", "tags", "title", "text" };

/* Section and tag names: lowercase words that a shell needs no quotes for. */
static int
is_name(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > 40)
		return 0;
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
		    c == '_' || c == '.'))
			return 0;
	}
	return 1;
}

static int
check_tags(struct csv_reader *r, const struct csv_record *rec, const char *s)
{
	const char *p = s;

	while (*p != '\0') {
		size_t n = strcspn(p, " ");

		if (n > 0 && !is_name(p, n))
			return csv_reader_fail(r, rec, "tags: %s is not a tag (lowercase letters, "
			    "digits, '-', '_' or '.')", quote_n(p, n));
		p += n;
		while (*p == ' ')
			p++;
	}
	return 0;
}

static int
read_tips(struct csv_reader *r, struct tip_list *out)
{
	const struct csv_record *h, *rec;
	long col[NCOLS];
	size_t cap = 0;

	if ((h = csv_reader_header(r)) == NULL)
		return csv_reader_error(r) != NULL ? -1 : csv_reader_fail(r, NULL, "empty tips "
		    "file: it needs a header with section and text");
	if (csv_reader_columns(r, colnames, NCOLS, col,
	    "a tips file has section, step, tags, title, text") < 0)
		return -1;
	if (col[C_SECTION] < 0 || col[C_TEXT] < 0)
		return csv_reader_fail(r, h, "the header needs a %s column",
		    col[C_SECTION] < 0 ? "section" : "text");

	while ((rec = csv_reader_next(r)) != NULL) {
		struct tip t = { "", 0, "", "", "" };
		const char *sec = rec->f[col[C_SECTION]];

		if (!is_name(sec, rec->len[col[C_SECTION]]))
			return csv_reader_fail(r, rec, "section: %s is not a section name "
			    "(lowercase letters, digits, '-', '_' or '.')", quote(sec));
		t.section = sec;
		if (col[C_STEP] >= 0 && rec->len[col[C_STEP]] > 0) {
			long step;

			if (text_parse_long(rec->f[col[C_STEP]], &step) != 0 || step < 1 ||
			    step > 7)
				return csv_reader_fail(r, rec, "step: %s is not a step (1 to 7, or "
				    "empty)", quote(rec->f[col[C_STEP]]));
			t.step = (int)step;
		}
		if (col[C_TAGS] >= 0) {
			if (check_tags(r, rec, rec->f[col[C_TAGS]]) < 0)
				return -1;
			t.tags = rec->f[col[C_TAGS]];
		}
		if (col[C_TITLE] >= 0) {
			if (csv_check_text(r, rec, "title", rec->f[col[C_TITLE]],
			    rec->len[col[C_TITLE]], 0) < 0)
				return -1;
			t.title = rec->f[col[C_TITLE]];
		}
		if (csv_check_text(r, rec, "text", rec->f[col[C_TEXT]], rec->len[col[C_TEXT]], 1) < 0)
			return -1;
		t.text = rec->f[col[C_TEXT]];

		if (out->n == cap) {
			cap = cap ? cap * 2 : 64;
			out->tips = xrealloc(out->tips, cap * sizeof *out->tips);
		}
		/* The record is reused by the next read: keep copies. */
		t.section = xstrdup(t.section);
		t.tags = xstrdup(t.tags);
		t.title = xstrdup(t.title);
		t.text = xstrdup(t.text);
		out->tips[out->n++] = t;
	}
	return csv_reader_error(r) != NULL ? -1 : 0;
}

int
tip_file_read(const char *path, const struct csv_dialect *d, struct tip_list *out,
    struct rk_error *e)
{
	struct csv_reader *r;
	int ret;

	memset(out, 0, sizeof *out);
	if ((r = csv_reader_open(path, d, e)) == NULL)
		return -1;
	if ((ret = read_tips(r, out)) < 0) {
		if (e != NULL && e->msg[0] == '\0')
			*e = *csv_reader_error(r);
		tip_list_free(out);
	}
	csv_reader_close(r);
	return ret;
}

void
tip_list_free(struct tip_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free((char *)l->tips[i].section);
		free((char *)l->tips[i].tags);
		free((char *)l->tips[i].title);
		free((char *)l->tips[i].text);
	}
	free(l->tips);
	l->tips = NULL;
	l->n = 0;
}
