/* error: errors handed back instead of exiting (see error.h). */
#include <stdio.h>
#include <string.h>

#include "core/error.h"

int
rk_error_vset(struct rk_error *e, const char *file, unsigned long line, const char *fmt,
    va_list ap)
{
	if (e == NULL || e->msg[0] != '\0')
		return -1;
	snprintf(e->file, sizeof e->file, "%s", file != NULL ? file : "");
	e->line = line;
	e->usage = 0;
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	if (e->msg[0] == '\0')
		snprintf(e->msg, sizeof e->msg, "error");
	return -1;
}

int
rk_error_set(struct rk_error *e, const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	rk_error_vset(e, file, line, fmt, ap);
	va_end(ap);
	return -1;
}

int
rk_error_usage(struct rk_error *e, const char *fmt, ...)
{
	va_list ap;
	int fresh = e != NULL && e->msg[0] == '\0';

	va_start(ap, fmt);
	rk_error_vset(e, NULL, 0, fmt, ap);
	va_end(ap);
	if (fresh)
		e->usage = 1;
	return -1;
}

void
rk_error_clear(struct rk_error *e)
{
	memset(e, 0, sizeof *e);
}
