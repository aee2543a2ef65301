/* gen_tips: compile data/tips.csv into the builtin_tips table. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/tip_file.h"
#include "tools/c_literal.h"
#include "util/err.h"

int
main(int argc, char *argv[])
{
	struct tip_list l;
	struct rk_error e = { 0 };
	char path[4096];
	size_t i;

	diag_init(argv[0]);
	if (argc != 2)
		diag_die("usage: gen_tips DATADIR");
	snprintf(path, sizeof path, "%s/tips.csv", argv[1]);
	if (tip_file_read(path, NULL, &l, &e) < 0)
		diag_die_error(&e);
	if (l.n == 0)
		diag_die("%s: no tips", path);

	printf("/* Generated from %s by gen_tips: do not edit. */\n", path);
	printf("#include \"core/tips.h\"\n\nconst struct tip builtin_tips[] = {\n");
	for (i = 0; i < l.n; i++) {
		const struct tip *t = &l.tips[i];

		printf("\t{ ");
		c_literal(stdout, t->section);
		printf(", %d, ", t->step);
		c_literal(stdout, t->tags);
		printf(",\n\t  ");
		c_literal(stdout, t->title);
		printf(",\n\t  ");
		c_literal(stdout, t->text);
		printf(" },\n");
	}
	printf("};\n\nconst size_t builtin_ntips = %zu;\n", l.n);
	tip_list_free(&l);
	if (fflush(stdout) != 0 || ferror(stdout))
		diag_die_errno("write error");
	return 0;
}
