/* quiz_sheet: a quiz as a questionnaire to read (see quiz_sheet.h). */
#include <stdio.h>
#include <string.h>

#include "cmd/rk-quiz/sheet.h"
#include "core/text.h"

/* The answers IT takes, in words: "yes or no", "0 to 4". */
static const char *
quiz_sheet_answers(const struct quiz_item *it, char *buf, size_t n)
{
	const char *bar = strchr(it->labels, '|');

	if (it->yesno)
		snprintf(buf, n, "yes or no");
	else if (bar == NULL)
		snprintf(buf, n, "%d to %d", it->min, it->max);
	else    /* the labels column: "0 (never) to 4 (always)" */
		snprintf(buf, n, "%d (%.*s) to %d (%s)", it->min, (int)(bar - it->labels),
		    it->labels, it->max, bar + 1);
	return buf;
}

void
quiz_sheet_write(FILE *fp, const struct quiz *q, size_t width)
{
	char ans[256], num[16];
	size_t i, indent, n, off, len, used;
	const char *s;

	fprintf(fp, "%s\n", *q->title != '\0' ? q->title : q->name);
	/* The numbers line up: " 9." and "10." take the same room. */
	indent = (size_t)snprintf(num, sizeof num, "%zu. ", q->nitems);
	if (width < indent + 20)
		width = indent + 20;
	for (i = 0; i < q->nitems; i++) {
		const struct quiz_item *it = &q->items[i];

		fprintf(fp, "\n%*zu. ", (int)indent - 2, i + 1);
		s = it->text;
		n = strlen(s);
		for (int first = 1; (used = wrap_next(s, n, width - indent, &off, &len)) > 0;
		    first = 0) {
			fprintf(fp, "%*s%.*s\n", first ? 0 : (int)indent, "", (int)len, s + off);
			s += used;
			n -= used;
		}
		fprintf(fp, "%*s%s: %s\n", (int)indent, "", it->id,
		    quiz_sheet_answers(it, ans, sizeof ans));
	}
}
