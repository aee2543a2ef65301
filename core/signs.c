/* sign_answers: journal tallies as answers to the his-signs quiz. */
#include <string.h>

#include "core/signs.h"

int
sign_answer(const struct quiz *q, const struct quiz_item *it, const struct sign_tally *t)
{
	size_t seen = t->count[it->cat];

	if (strcmp(q->cats[it->cat].name, "contact") == 0)
		seen += t->him_rows;
	if (strcmp(it->id, "contact.silence") == 0)
		return t->rows == 0 ? -1 : t->first_is_him;
	if (strcmp(it->id, "visits.often") == 0)
		return seen >= 2;
	return seen > 0;
}
