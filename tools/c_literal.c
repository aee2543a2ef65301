/* c_literal: C string literals for generated tables. */
#include <stdio.h>

#include "tools/c_literal.h"

void
c_literal(FILE *fp, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	putc('"', fp);
	for (; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(fp, "\\%c", *p);
		else if (*p < 0x20 || *p >= 0x7f || *p == '?')
			fprintf(fp, "\\%03o", *p);    /* '?' too: no trigraphs */
		else
			putc(*p, fp);
	}
	putc('"', fp);
}
