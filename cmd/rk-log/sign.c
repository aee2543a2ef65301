/* journal_sign: his signs for rk-log --sign, and the error for a wrong one. */
#include <stdio.h>
#include <string.h>

#include "cmd/rk-log/sign.h"
#include "core/suggest.h"
#include "core/text.h"
#include "util/err.h"

const struct quiz *
journal_his_signs(void)
{
	const struct quiz *q = quiz_find("his-signs");

	if (q == NULL)
		diag_die("the built-in his-signs quiz is missing");
	return q;
}

/* "contact, hangout, ..." for messages. */
static const char *
sign_list(void)
{
	static char buf[256];
	const struct quiz *q = journal_his_signs();
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < q->ncats && used < sizeof buf; i++)
		used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s",
		    i > 0 ? ", " : "", q->cats[i].name);
	return buf;
}

long
journal_sign_index(const char *name)
{
	const struct quiz *q = journal_his_signs();
	size_t i;

	for (i = 0; i < q->ncats; i++)
		if (strcmp(q->cats[i].name, name) == 0)
			return (long)i;
	return -1;
}

/* An unknown --sign: the nearest of his signs, or all of them. */
_Noreturn void
journal_sign_unknown(const char *name)
{
	const struct quiz *q = journal_his_signs();
	const char *names[16], *near;
	size_t i, n = 0;

	for (i = 0; i < q->ncats && n < 16; i++)
		names[n++] = q->cats[i].name;
	if ((near = suggest_nearest(name, names, n)) != NULL)
		diag_usage_error("--sign: %s is not one of his signs; did you mean %s?",
		    quote(name), near);
	diag_usage_error("--sign: %s is not one of his signs (%s)", quote(name),
	    sign_list());
}
