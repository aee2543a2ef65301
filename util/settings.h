/*
 * settings: what a person repeats on every command (the break-up date, the
 * journal, the answers file, the milestones, the week start), from the
 * environment (RK_SINCE, RK_JOURNAL, RK_ANSWERS) or else the config file
 * $XDG_CONFIG_HOME/rekindle/config (~/.config/rekindle/config).  An option
 * beats both: a program asks here only for what its options did not give,
 * and the file is read the first time it is asked, so a program that needs
 * nothing from it never reads it.  A variable set to "" counts as unset.
 * A bad value or a bad file ends the program: "prog: FILE:LINE: message".
 */
#ifndef RK_SETTINGS_H
#define RK_SETTINGS_H

#include "core/config.h"
#include "core/since.h"
#include "io/config.h"

struct settings {
	struct config cfg;
	char *path;             /* the config file, or NULL when there is none */
	int loaded;
};

void settings_init(struct settings *s);
void settings_free(struct settings *s);

/* The break-up date, as a day number, into *DAYS: 1 when RK_SINCE or the
 * file gives one, 0 when neither does. */
int settings_since(struct settings *s, long today, long *days);
/* The journal or the answers file (KEY is CONFIG_JOURNAL or
 * CONFIG_ANSWERS): RK_JOURNAL or RK_ANSWERS, else the file's with a
 * leading ~/ made $HOME/, as a string to free; NULL when neither is set. */
char *settings_path(struct settings *s, enum config_key key);
/* rk-log's default journal, under $XDG_DATA_HOME or $HOME (see
 * journal_default_path); NULL with E set when neither is set. */
char *settings_default_journal(int create, struct rk_error *e);
/* Whether standard input brings something to read, so that a program
 * with no operand reads it rather than the configured answers: no for a
 * terminal, a character device such as /dev/null, a file read to its end
 * and a pipe closed with nothing written (cron's stdin); yes for a pipe or
 * file with data.  A pipe whose writer has not yet written or closed is
 * waited for, as reading it would be. */
int settings_stdin_brings_input(void);
/* The file's milestones into *M (free it): 1, or 0 when it has none. */
int settings_milestones(struct settings *s, struct milestones *m);
/* The file's week-start, or WEEK_UNSET. */
enum week_start settings_week_start(struct settings *s);
/* The config file's name for messages ("the config file" when there is
 * none), valid until settings_free. */
const char *settings_file(struct settings *s);

#endif
