/* tip_print: tips on standard output (see tip_print.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-tip/print.h"
#include "core/text.h"
#include "io/csv_writer.h"
#include "util/err.h"

/* S wrapped to COLS; a title in bold on a terminal, line by line. */
static void
print_wrapped(const char *s, size_t cols, int bold)
{
	size_t n = strlen(s), off, len, used;

	while ((used = wrap_next(s, n, cols, &off, &len)) > 0) {
		fputs(bold ? "\033[1m" : "", stdout);
		fwrite(s + off, 1, len, stdout);
		fputs(bold ? "\033[0m\n" : "\n", stdout);
		s += used;
		n -= used;
	}
}

static void
print_text(const struct tip_print *how, const struct tip *t, int first)
{
	char *title;

	if (!first)
		putchar('\n');
	if (*t->title != '\0' || t->step != 0) {
		title = xmalloc(strlen(t->title) + 16);
		if (t->step != 0)
			sprintf(title, "Step %d%s%s", t->step, *t->title != '\0' ? ". " : "",
			    t->title);
		else
			strcpy(title, t->title);
		print_wrapped(title, how->width, how->color);
		free(title);
	}
	print_wrapped(t->text, how->width, 0);
}

void
tip_print(const struct tip_print *how, const struct tip *pool, const size_t *sel, size_t n)
{
	struct csv_writer w;
	size_t i;

	if (how->format != OUT_TEXT) {
		csv_writer_init(&w, stdout, how->format == OUT_TSV ? '\t' : ',');
		csv_write_row(&w, "section", "step", "tags", "title", "text", NULL);
	}
	for (i = 0; i < n; i++) {
		const struct tip *t = &pool[sel[i]];
		char stepbuf[4] = "";

		if (how->format == OUT_TEXT) {
			print_text(how, t, i == 0);
			continue;
		}
		if (t->step != 0)
			snprintf(stepbuf, sizeof stepbuf, "%d", t->step);
		csv_write_row(&w, t->section, stepbuf, t->tags, t->title, t->text, NULL);
		out_check();
	}
}

void
tip_print_sections(const struct tip_print *how, const struct tip *pool, size_t n)
{
	struct csv_writer w;
	size_t i, c, *count = xmalloc((n + 1) * sizeof *count);
	const struct tip **scratch = xmalloc((n + 1) * sizeof *scratch);

	tip_sections(pool, n, count, scratch);
	free(scratch);
	if (how->format != OUT_TEXT) {
		csv_writer_init(&w, stdout, how->format == OUT_TSV ? '\t' : ',');
		csv_write_row(&w, "section", "count", NULL);
	}
	for (i = 0; i < n; i++) {
		if ((c = count[i]) == 0)
			continue;      /* listed at its first tip */
		if (how->format == OUT_TEXT) {
			printf("%-12s %3zu\n", pool[i].section, c);
		} else {
			csv_write_str(&w, pool[i].section);
			csv_write_long(&w, (long)c);
			csv_write_end(&w);
		}
	}
	free(count);
}
