/*
 * mkcomplete: write a program's bash or zsh completion from its option
 * table, at build time, so that the completions never drift from the
 * options.  The tables are read from the programs themselves: the Makefile
 * compiles each program in cmd/ again with its main() renamed and links it here.
 *
 *   mkcomplete bash rk-tip > rk-tip
 *   mkcomplete zsh rk-tip > _rk-tip
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/diag.h"
#include "lib/opts.h"
#include "lib/output.h"

extern const struct opts_prog rk_log_prog, rk_quiz_prog, rk_ready_prog, rk_since_prog,
    rk_tip_prog;

static const struct opts_prog *const progs[] = {
	&rk_log_prog, &rk_quiz_prog, &rk_ready_prog, &rk_since_prog, &rk_tip_prog
};

/* The words of a value set, joined by spaces; they go into shell code
 * unquoted, so only plain words are allowed. */
struct words {
	char buf[2048];
	size_t used;
};

static void
add_word(const char *w, void *ctx)
{
	struct words *ws = ctx;
	size_t n = strlen(w);

	if (n == 0 || strspn(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "0123456789._-") != n)
		diag_die("%s: not a plain word for a completion", diag_quote(w));
	if (ws->used + n + 2 > sizeof ws->buf)
		diag_die("too many words for a completion");
	if (ws->used > 0)
		ws->buf[ws->used++] = ' ';
	memcpy(ws->buf + ws->used, w, n + 1);
	ws->used += n;
}

static const char *
words(const char *set, struct words *ws)
{
	ws->used = 0;
	ws->buf[0] = '\0';
	opts_values(set, add_word, ws);
	return ws->buf;
}

static int
is_file(const char *set)
{
	return set != NULL && strcmp(set, "@file") == 0;
}

/* The shell code that offers SET for the word in $cur, after $pre. */
static void
bash_offer(const char *set, const char *indent)
{
	struct words ws;

	if (is_file(set))
		printf("%scompopt -o filenames 2>/dev/null\n"
		    "%smapfile -t COMPREPLY < <(compgen -P \"$pre\" -f -- \"$cur\")\n",
		    indent, indent);
	else if (set != NULL)
		printf("%sCOMPREPLY=($(compgen -P \"$pre\" -W '%s' -- \"$cur\"))\n", indent,
		    words(set, &ws));
}

/* "-s|--section": the names of O as a case pattern. */
static void
pattern(const struct opt *o)
{
	if (o->key > 0 && o->key < 256)
		printf("-%c%s", o->key, o->name != NULL ? "|" : "");
	if (o->name != NULL)
		printf("--%s", o->name);
}

static void
bash(const struct opts_prog *p)
{
	const struct opt *o;
	char fn[64];
	size_t i;
	int first;

	snprintf(fn, sizeof fn, "_%s", p->name);
	for (i = 0; fn[i] != '\0'; i++)
		if (fn[i] == '-')
			fn[i] = '_';
	printf("# bash completion for %s: written by tools/mkcomplete from the option\n"
	    "# table in cmd/%s.c.  Change the table, not this file.\n"
	    "%s()\n{\n"
	    "\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev= opt= pre= word i n=0\n"
	    "\tCOMPREPLY=()\n"
	    "\t((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD-1]}\n"
	    "\t# An option's value: --opt=value, whether or not bash split the word\n"
	    "\t# at '=', or the word after the option.\n"
	    "\tif [[ $cur == --*=* ]]; then\n"
	    "\t\topt=${cur%%%%=*} pre=$opt= cur=${cur#*=}\n"
	    "\telif [[ $cur == = && $prev == --* ]]; then\n"
	    "\t\topt=$prev cur=\n"
	    "\telif [[ $prev == = ]] && ((COMP_CWORD > 1)); then\n"
	    "\t\topt=${COMP_WORDS[COMP_CWORD-2]}\n"
	    "\telse\n"
	    "\t\topt=$prev\n"
	    "\tfi\n"
	    "\tcase $opt in\n", p->name, p->name, fn);
	for (o = p->opts; o->key != 0; o++) {
		if (o->key == OPT_OPERAND || o->arg == NULL)
			continue;
		printf("\t");
		pattern(o);
		printf(")\n");
		bash_offer(o->values, "\t\t");
		printf("\t\treturn ;;\n");
	}
	printf("\tesac\n"
	    "\tif [[ $cur == -* ]]; then\n"
	    "\t\tCOMPREPLY=($(compgen -W '");
	first = 1;
	for (o = p->opts; o->key != 0; o++) {
		if (o->key == OPT_OPERAND)
			continue;
		if (o->name != NULL)
			printf("%s--%s%s", first ? "" : " ", o->name, o->arg != NULL ? "=" : "");
		else
			printf("%s-%c", first ? "" : " ", o->key);
		first = 0;
	}
	printf("' -- \"$cur\"))\n"
	    "\t\t[[ ${COMPREPLY[*]} == *= ]] && compopt -o nospace 2>/dev/null\n"
	    "\t\treturn\n"
	    "\tfi\n"
	    "\t# An operand: the first, or one of the others?\n"
	    "\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"
	    "\t\tword=${COMP_WORDS[i]}\n"
	    "\t\tcase $word in\n"
	    "\t\t--) n=$((n + COMP_CWORD - i - 1)); break ;;\n");
	first = 1;
	for (o = p->opts; o->key != 0; o++) {
		if (o->key == OPT_OPERAND || o->arg == NULL)
			continue;
		printf(first ? "\t\t" : "|");
		pattern(o);
		first = 0;
	}
	if (!first)
		printf(")\n\t\t\t((i++))\n"
		    "\t\t\t[[ ${COMP_WORDS[i]} == = ]] && ((i++)) ;;\n");
	printf("\t\t-?*) ;;\n"
	    "\t\t*) ((n++)) ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "\tif ((n == 0)); then\n");
	bash_offer(p->first_operand, "\t\t");
	printf("\t\t:\n\telse\n");
	bash_offer(p->operands, "\t\t");
	printf("\t\t:\n\tfi\n}\ncomplete -F %s %s\n", fn, p->name);
}

/* TEXT for zsh's [description] inside single quotes. */
static void
zsh_help(const char *s, const char *set)
{
	struct words ws;
	const char *brace = strstr(s, "{}");

	for (; *s != '\0'; s++) {
		if (s == brace) {
			words(set, &ws);
			fputs(ws.buf, stdout);
			s++;
			continue;
		}
		if (*s == '\'')
			fputs("'\\''", stdout);
		else if (*s == '[' || *s == ']' || *s == ':' || *s == '\\')
			printf("\\%c", *s);
		else
			putchar(*s);
	}
}

static void
zsh_action(const char *what, const char *set)
{
	struct words ws;

	printf(":%s:", what);
	if (is_file(set))
		printf("_files");
	else if (set != NULL)
		printf("(%s)", words(set, &ws));
	else
		printf(" ");
}

static void
zsh(const struct opts_prog *p)
{
	const struct opt *o;
	int form;

	printf("#compdef %s\n"
	    "# zsh completion for %s: written by tools/mkcomplete from the option\n"
	    "# table in cmd/%s.c.  Change the table, not this file.\n"
	    "_arguments -s -S \\\n", p->name, p->name, p->name);
	for (o = p->opts; o->key != 0; o++) {
		if (o->key == OPT_OPERAND)
			continue;
		/* The short form, then the long one: -s+ and --section= take
		 * the value in the same word or the next. */
		for (form = 0; form < 2; form++) {
			if (form == 0 && !(o->key > 0 && o->key < 256))
				continue;
			if (form == 1 && o->name == NULL)
				continue;
			if (form == 0)
				printf("  '-%c%s[", o->key, o->arg != NULL ? "+" : "");
			else
				printf("  '--%s%s[", o->name, o->arg != NULL ? "=" : "");
			zsh_help(o->help, o->values);
			putchar(']');
			if (o->arg != NULL)
				zsh_action(o->arg, o->values);
			printf("' \\\n");
		}
	}
	if (p->first_operand != NULL) {
		printf("  '1");
		zsh_action("operand", p->first_operand);
		printf("' \\\n");
	}
	if (p->operands != NULL) {
		printf("  '*");
		zsh_action("operand", p->operands);
		printf("' \\\n");
	}
	printf("  && return 0\n");
}

int
main(int argc, char *argv[])
{
	size_t i;

	diag_init(argv[0]);
	out_init();
	if (argc != 3 || (strcmp(argv[1], "bash") != 0 && strcmp(argv[1], "zsh") != 0))
		diag_usage_error("usage: mkcomplete bash|zsh program");
	for (i = 0; i < sizeof progs / sizeof progs[0]; i++) {
		if (strcmp(progs[i]->name, argv[2]) != 0)
			continue;
		if (argv[1][0] == 'b')
			bash(progs[i]);
		else
			zsh(progs[i]);
		out_close();
		return 0;
	}
	diag_die("no program %s", diag_quote(argv[2]));
}
