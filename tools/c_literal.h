/*
 * c_literal: write C source for the data generators in tools/, which turn
 * the CSV files of data/ into ready-made tables compiled into the programs.
 */
#ifndef RK_C_LITERAL_H
#define RK_C_LITERAL_H

#include <stdio.h>

/* S as a C string literal, with every byte outside printable ASCII escaped
 * in octal, so that the compiler sees exactly the bytes of the CSV. */
void c_literal(FILE *fp, const char *s);

#endif
