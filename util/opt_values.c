/* opt_values: the value sets of options, for --help and the completions. */
#include <stdlib.h>
#include <string.h>

#include "core/quiz.h"
#include "core/tips.h"
#include "util/opts.h"

void
opts_values(const char *set, void (*fn)(const char *word, void *ctx), void *ctx)
{
	const struct quiz *q;
	char word[64];
	size_t i, j, n;

	if (set == NULL || strcmp(set, "@file") == 0)
		return;
	if (strcmp(set, "@quiz") == 0) {
		for (i = 0; i < builtin_nquizzes; i++)
			fn(builtin_quizzes[i].name, ctx);
	} else if (strcmp(set, "@sign") == 0) {
		if ((q = quiz_find("his-signs")) != NULL)
			for (i = 0; i < q->ncats; i++)
				fn(q->cats[i].name, ctx);
	} else if (strcmp(set, "@section") == 0) {
		for (i = 0; i < builtin_ntips; i++) {
			for (j = 0; j < i; j++)
				if (strcmp(builtin_tips[j].section, builtin_tips[i].section) == 0)
					break;
			if (j == i)
				fn(builtin_tips[i].section, ctx);
		}
	} else {
		while (*set != '\0') {
			n = strcspn(set, " ");
			if (n > 0 && n < sizeof word) {
				memcpy(word, set, n);
				word[n] = '\0';
				fn(word, ctx);
			}
			set += n;
			set += strspn(set, " ");
		}
	}
}
