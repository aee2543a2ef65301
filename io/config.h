/*
 * config: read rekindle's config file (rekindle-files(5)): lines
 * "key = value", blank lines and # comments.  Every line is checked; the
 * first bad one is an error with file:line, returned to the caller.
 */
#ifndef RK_IO_CONFIG_H
#define RK_IO_CONFIG_H

#include "core/config.h"
#include "core/error.h"

struct config {
	char *value[CONFIG_NKEYS];          /* as written, or NULL when not set */
	unsigned long line[CONFIG_NKEYS];   /* the line that sets it */
};

/*
 * Read the config file PATH into C.  A file that does not exist is an
 * empty config: 0, with C empty.  Returns 0, or -1 with E set (and C
 * empty) when the file cannot be read or a line is bad.
 */
int config_read(const char *path, struct config *c, struct rk_error *e);

/* A config file is a regular file: at most this many bytes (1 MiB, as a
 * CSV field), so that a stray large file is refused, not read. */
#define CONFIG_MAX 1048576

void config_free(struct config *c);

#endif
