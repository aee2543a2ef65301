/* quiz_ask: the questions, one at a time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd/rk-quiz/ask.h"
#include "core/quiz.h"
#include "core/text.h"
#include "util/err.h"

#define PROMPT_WIDTH 72

/* What to type: "y/n", "0-4", or with labels "0-4 (0 never, 4 always)". */
static const char *
hint(const struct quiz_item *it, char *buf, size_t n)
{
	const char *bar = strchr(it->labels, '|');

	if (it->yesno)
		snprintf(buf, n, "y/n");
	else if (bar == NULL)
		snprintf(buf, n, "%d-%d", it->min, it->max);
	else
		snprintf(buf, n, "%d-%d (%d %.*s, %d %s)", it->min, it->max, it->min,
		    (int)(bar - it->labels), it->labels, it->max, bar + 1);
	return buf;
}

static void
prompt(const struct quiz *q, size_t i, const short *values)
{
	const struct quiz_item *it = &q->items[i];
	const char *s = it->text;
	size_t n = strlen(s), off, len, used;
	char range[256];

	fprintf(stderr, "\n%zu/%zu  %s\n", i + 1, q->nitems, it->category);
	while ((used = wrap_next(s, n, PROMPT_WIDTH, &off, &len)) > 0) {
		fprintf(stderr, "  %.*s\n", (int)len, s + off);
		s += used;
		n -= used;
	}
	fprintf(stderr, "  [%s, b back, s skip", hint(it, range, sizeof range));
	if (values[i] != QUIZ_NO_ANSWER) {
		if (it->yesno)
			fprintf(stderr, "; Enter keeps %s", values[i] ? "yes" : "no");
		else
			fprintf(stderr, "; Enter keeps %d", values[i]);
	}
	fprintf(stderr, "] ");
	fflush(stderr);
}

/* Strip the line end and the spaces around an answer typed by hand. */
static char *
trim(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' ||
	    s[n - 1] == '\t'))
		s[--n] = '\0';
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

size_t
quiz_ask(const struct quiz *q, FILE *in, int interactive, short *values)
{
	char *buf = NULL, *s, range[256];
	size_t cap = 0, i = 0, k;
	unsigned long line = 0;
	int v;

	for (k = 0; k < q->nitems; k++)
		values[k] = QUIZ_NO_ANSWER;
	while (i < q->nitems) {
		const struct quiz_item *it = &q->items[i];

		if (interactive)
			prompt(q, i, values);
		if (getline(&buf, &cap, in) < 0) {
			if (interactive)
				fputc('\n', stderr);
			free(buf);
			return i + 1;
		}
		line++;
		s = trim(buf);
		if (strcmp(s, "b") == 0 || strcmp(s, "back") == 0) {
			if (i == 0)
				diag_warn_at(interactive ? NULL : "stdin", line,
				    "this is the first question: there is none to go back to");
			else
				i--;
		} else if (strcmp(s, "s") == 0 || strcmp(s, "skip") == 0) {
			values[i++] = QUIZ_NO_ANSWER;
		} else if (*s == '\0' && interactive) {
			if (values[i] != QUIZ_NO_ANSWER)
				i++;
			else
				diag_warn("type an answer, %s; b goes back, s skips",
				    hint(it, range, sizeof range));
		} else if (quiz_parse_answer(it, s, &v) != 0) {
			quiz_answer_range(it, range, sizeof range);
			if (interactive)
				diag_warn("%s is not an answer here (%s; b goes back, s skips)",
				    quote(s), range);
			else
				diag_warn_at("stdin", line, "%s is not an answer to %s (%s)",
				    quote(s), it->id, range);
		} else {
			values[i++] = (short)v;
		}
	}
	if (interactive)
		fputc('\n', stderr);
	free(buf);
	return 0;
}
