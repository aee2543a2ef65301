/* signs: journal tallies as answers to the his-signs quiz. */
#include <string.h>

#include "core/signs.h"

long
sign_index(const struct quiz *q, const char *name)
{
	size_t i;

	for (i = 0; i < q->ncats; i++)
		if (strcmp(q->cats[i].name, name) == 0)
			return (long)i;
	return -1;
}

void
sign_tally_add(struct sign_tally *t, const struct quiz *q, long day, const char *hhmm,
    const char *who, const char *sign)
{
	size_t n = strlen(hhmm);
	long s;

	if (t->rows++ == 0 || day < t->first_day ||
	    (day == t->first_day && strcmp(hhmm, t->first_time) < 0)) {
		t->first_day = day;
		if (n >= sizeof t->first_time)
			n = sizeof t->first_time - 1;
		memcpy(t->first_time, hhmm, n);
		t->first_time[n] = '\0';
		t->first_is_him = strcmp(who, "him") == 0;
	}
	if (strcmp(who, "him") != 0)
		return;
	t->him_rows++;
	if (sign[0] != '\0' && (s = sign_index(q, sign)) >= 0)
		t->count[s]++;
}

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
