/*
 * journal_sign: the signs rk-log takes with --sign, which are the
 * categories of the built-in his-signs quiz, and the error for one that is
 * not among them.
 */
#ifndef RK_JOURNAL_SIGN_H
#define RK_JOURNAL_SIGN_H

#include "core/quiz.h"

/* The built-in his-signs quiz; a missing one is an error. */
const struct quiz *journal_his_signs(void);
/* The index of the sign NAME among the quiz's categories, or -1. */
long journal_sign_index(const char *name);
/* An unknown --sign: the nearest of his signs, or all of them; exits 2. */
_Noreturn void journal_sign_unknown(const char *name);

#endif
