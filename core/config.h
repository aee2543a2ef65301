/*
 * config: the keys of rekindle's config file and what their values may be
 * (rekindle-files(5)).  Pure: io/config reads the file, util/settings
 * weighs it against the options and the environment.
 */
#ifndef RK_CONFIG_H
#define RK_CONFIG_H

#include <stddef.h>

enum config_key {
	CONFIG_SINCE, CONFIG_JOURNAL, CONFIG_ANSWERS, CONFIG_MILESTONES,
	CONFIG_WEEK_START, CONFIG_NKEYS
};

enum week_start { WEEK_UNSET, WEEK_MONDAY, WEEK_SUNDAY };

/* The keys' names, in enum order. */
extern const char *const config_key_names[CONFIG_NKEYS];

/* The key named by the N bytes of S, or -1. */
int config_key_find(const char *s, size_t n);

/*
 * Check VALUE as a value of KEY.  Returns 0, or -1 with WHY set to a
 * message that names the key: "week-start: \"tuesday\" is not monday or
 * sunday".  A date is checked in every form a date option takes; a path
 * must be absolute or start with ~/.
 */
int config_value_check(enum config_key key, const char *value, char *why, size_t whylen);

/* A week-start value: WEEK_MONDAY, WEEK_SUNDAY, or WEEK_UNSET when it is
 * neither. */
enum week_start config_week_start(const char *value);

#endif
