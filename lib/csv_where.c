/* csv_where: COLUMN=VALUE conditions on CSV rows (see csv_where.h). */
#include <stdlib.h>
#include <string.h>

#include "lib/csv_where.h"
#include "lib/diag.h"

void
csv_where_add(struct csv_wheres *ws, const char *arg, const char *opt)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL || eq == arg)
		diag_usage_error("%s: %s is not COLUMN=VALUE", opt, diag_quote(arg));
	ws->w = xrealloc(ws->w, (ws->n + 1) * sizeof *ws->w);
	ws->w[ws->n].spec = xstrndup(arg, (size_t)(eq - arg));
	ws->w[ws->n].value = eq + 1;
	ws->w[ws->n].col = 0;
	ws->n++;
}

void
csv_where_columns(struct csv_wheres *ws, struct csv_reader *r, const char *opt)
{
	size_t i;

	for (i = 0; i < ws->n; i++)
		ws->w[i].col = csv_reader_column(r, ws->w[i].spec, opt);
}

int
csv_where_holds(const struct csv_wheres *ws, struct csv_reader *r,
    const struct csv_record *rec, const char *opt)
{
	size_t i;

	for (i = 0; i < ws->n; i++) {
		size_t c = ws->w[i].col;

		csv_record_need(r, rec, c, opt);
		if (strcmp(rec->f[c], ws->w[i].value) != 0)
			return 0;
	}
	return 1;
}

void
csv_where_free(struct csv_wheres *ws)
{
	size_t i;

	for (i = 0; i < ws->n; i++)
		free(ws->w[i].spec);
	free(ws->w);
	ws->w = NULL;
	ws->n = 0;
}

void
csv_record_need(struct csv_reader *r, const struct csv_record *rec, size_t col,
    const char *opt)
{
	if (col >= rec->nf)
		csv_reader_die(r, rec, "%s: no column %zu: the row has %zu field%s", opt,
		    col + 1, rec->nf, rec->nf == 1 ? "" : "s");
}
