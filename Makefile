# rekindle: a plain Makefile.  `make` builds bin/, `make check` tests under
# ASan and UBSan, `make demo` runs a sample pipeline on the built-in data.

VERSION   = 0.1.0
PREFIX    = /usr/local
BINDIR    = $(PREFIX)/bin
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/site-functions
MANDIR    = $(PREFIX)/share/man
DATADIR   = $(PREFIX)/share/rekindle

CC       ?= cc
CFLAGS   ?= -O2 -g
LDFLAGS  ?=
# libcsv is linked statically when its archive is installed (libcsv-dev has
# it): one shared object fewer to load and relocate takes about 0.1 ms, a
# tenth of a start, off every run (tests/bench/startup.sh).  The cost: 5 KB
# a program, and a libcsv fix needs a rebuild.  LDLIBS=-lcsv undoes it.
# The archive is looked for when a program is linked, not when this file is
# read: on a first `make demo` or `make check`, scripts/ensure-deps installs
# it before anything is built.
LIBCSV_A  = $(shell $(CC) -print-file-name=libcsv.a)
LDLIBS    = $(if $(filter /%,$(LIBCSV_A)),$(LIBCSV_A),-lcsv)
# The header that shows libcsv-dev is installed (scripts/ensure-deps).
CSV_H     = /usr/include/csv.h
WARN      = -Wall -Wextra
# Flags we always need, whatever CFLAGS the user gives.
RK_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -DRK_VERSION='"$(VERSION)"' -I. -I$(B) $(WARN)

# B is the build directory; bin/ is where the programs land.  The sanitizer
# build used by `make check` lives in build/san with its own bin.
B    = build
BIN  = bin

LIB_SRC  = $(wildcard core/*.c io/*.c util/*.c)
LIB_OBJ  = $(LIB_SRC:%.c=$(B)/%.o)
HDRS     = $(wildcard core/*.h io/*.h util/*.h cmd/*/*.h)
GEN_SRC  = $(wildcard tools/gen_*.c)
GEN_BIN  = $(GEN_SRC:tools/%.c=$(B)/tools/%)
DATA_SRC = $(GEN_SRC:tools/gen_%.c=$(B)/data/%_data.c)
DATA_OBJ = $(DATA_SRC:.c=.o)
DATA_CSV = $(wildcard data/*.csv)
# A program is a folder cmd/NAME/, with its main() in cmd/NAME/NAME.c.
PROG_NAMES = $(notdir $(wildcard cmd/rk-*))
PROGS    = $(PROG_NAMES:%=$(BIN)/%)
MANS     = $(wildcard man/*.[1-8])
UNIT_SRC = $(wildcard tests/unit/*.c)
UNITS    = $(UNIT_SRC:tests/unit/%.c=$(B)/unit/%)

# (The empty recipe keeps a make that has nothing to do quiet.)
all: $(PROGS) completions
	@:

$(B)/%.o: %.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/librk.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

# The generators turn data/*.csv into C tables, so the programs start with
# their content ready and parse nothing at start-up.  They run on the build
# machine, through the same parsers that read users' files at run time.
$(B)/tools/gen_%: tools/gen_%.c tools/c_literal.c tools/c_literal.h $(B)/librk.a $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< tools/c_literal.c \
	    $(B)/librk.a $(LDLIBS)

$(B)/data/%_data.c: $(B)/tools/gen_% $(DATA_CSV)
	@mkdir -p $(@D)
	$(B)/tools/gen_$* data > $@.tmp && mv $@.tmp $@

$(B)/data/%_data.o: $(B)/data/%_data.c $(HDRS)
	$(CC) $(RK_CFLAGS) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/libdata.a: $(DATA_OBJ)
	rm -f $@
	$(AR) rcs $@ $(DATA_OBJ)

# libdata.a comes again after librk.a: the library reads the built-in
# quizzes and tips, which read nothing back.
RK_LIBS  = $(B)/libdata.a $(B)/librk.a $(B)/libdata.a

.SECONDEXPANSION:
$(BIN)/%: $$(wildcard cmd/%/*.c) $(B)/librk.a $(B)/libdata.a $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $(wildcard cmd/$*/*.c) $(RK_LIBS) $(LDLIBS)

$(B)/unit/%: tests/unit/%.c $(B)/librk.a $(B)/libdata.a $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(RK_LIBS) $(LDLIBS)

units: $(UNITS)

# The shell completions are written by hand on bash-completion's _longopt
# and zsh's _arguments --, which read the options from --help.  bash looks a
# completion up by the program's name, so completions/rekindle.bash is
# copied once for each program; zsh's _rekindle names them all.
BASH_COMP = $(PROG_NAMES:%=$(B)/complete/bash/%)
ZSH_COMP  = completions/_rekindle

$(B)/complete/bash/%: completions/rekindle.bash
	@mkdir -p $(@D)
	cp completions/rekindle.bash $@

completions: $(BASH_COMP)

# ---- set-up -------------------------------------------------------------
# The Debian packages the programs and the tests need: scripts/ensure-deps
# installs the missing ones (with apt-get, as root or through sudo) or says
# the exact command to run.  It runs once, first, in `make demo` and `make
# check`, the two commands README gives for a fresh machine.
DEPS = CSV_H='$(CSV_H)' sh scripts/ensure-deps

# ---- tests --------------------------------------------------------------
SAN      = -fsanitize=address,undefined -fno-omit-frame-pointer
# gcc links the sanitizer runtimes statically when asked (clang always does):
# a program then starts about 2 ms sooner, and the tests start thousands.
SAN_LINK = $(shell echo 'int main(void) { return 0; }' | $(CC) $(SAN) -static-libasan \
           -static-libubsan -x c -o /dev/null - 2>/dev/null && echo -static-libasan -static-libubsan)
# -Og, not -O1: the programs run as fast under the sanitizers (their start
# costs more than their work), and the build takes a fifth less.
SAN_OPT  = -Og -g1
SAN_ENV  = ASAN_OPTIONS=abort_on_error=0:detect_leaks=1:exitcode=99 \
           UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=99

# The tests that build, install and package (bats tests tagged dist) test
# the build more than the programs and take the longest: `make check` leaves
# them out, `make distcheck` and .ci/run run them too (TESTS=all), with
# valgrind over the -O2 programs in bin/ (the sanitizers run every test).
TESTS    = check

check:
	@$(DEPS) check
	@sh scripts/check-layers
	$(MAKE) B=build/san BIN=build/san/bin WARN='-Wall -Wextra -Werror' \
	    CFLAGS='$(SAN_OPT) $(SAN)' LDFLAGS='$(SAN) $(SAN_LINK)' all units replays
	@# The -O2 programs in bin/ are for valgrind and the memory and cost
	@# guards, which run with TESTS=all.
	@if [ '$(TESTS)' = all ]; then $(MAKE) all; fi
	$(SAN_ENV) RK_BIN=$(CURDIR)/build/san/bin RK_UNIT=$(CURDIR)/build/san/unit \
	    RK_REPLAY=$(CURDIR)/build/san/replay \
	    sh scripts/run-tests $(TESTS)

# ---- fuzzing ------------------------------------------------------------
# libFuzzer harnesses, tests/fuzz/fuzz_*.c, built with clang into build/fuzz/
# over a copy of the library built for them.  `make fuzz-run` runs each for
# FUZZ_SECONDS, starting from the seed corpus in tests/fuzz/corpus/NAME and
# keeping what it finds in build/fuzz/corpus/NAME; `make fuzz-merge` folds
# that back, minimized, into the seed corpus.  `make check` replays the seed
# corpus through the same harnesses built by $(CC) (see tests/fuzz/replay.c).
FUZZ_SRC     = $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_NAMES   = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=%)
FUZZ_BIN     = $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
REPLAYS      = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(B)/replay/%)
FUZZ_CC      = clang
FUZZ_SAN     = -fsanitize=address,undefined -fno-omit-frame-pointer
FUZZ_SECONDS = 60
FUZZ_OBJ     = build/fuzz/obj

fuzz:
	$(MAKE) B=$(FUZZ_OBJ) CC=$(FUZZ_CC) CFLAGS='-O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link' \
	    LDFLAGS='$(FUZZ_SAN)' fuzz-harnesses

fuzz-harnesses: $(FUZZ_BIN)

$(FUZZ_BIN): build/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(B)/librk.a $(B)/libdata.a $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CPPFLAGS) $(CFLAGS) -fsanitize=fuzzer $(LDFLAGS) -o $@ $< \
	    $(B)/libdata.a $(B)/librk.a $(LDLIBS)

fuzz-run: fuzz
	@for n in $(FUZZ_NAMES); do \
	    mkdir -p build/fuzz/corpus/$$n tests/fuzz/corpus/$$n; \
	    echo "== fuzz_$$n: $(FUZZ_SECONDS)s"; \
	    build/fuzz/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) -close_fd_mask=3 \
	        -print_final_stats=1 \
	        -artifact_prefix=build/fuzz/crash-$$n- \
	        build/fuzz/corpus/$$n tests/fuzz/corpus/$$n || exit 1; \
	done

fuzz-merge: fuzz
	@for n in $(FUZZ_NAMES); do \
	    rm -rf build/fuzz/merged/$$n; mkdir -p build/fuzz/merged/$$n; \
	    ASAN_OPTIONS=detect_leaks=0 build/fuzz/fuzz_$$n -merge=1 -close_fd_mask=3 -detect_leaks=0 \
	        build/fuzz/merged/$$n tests/fuzz/corpus/$$n build/fuzz/corpus/$$n || exit 1; \
	    rm -rf tests/fuzz/corpus/$$n; mv build/fuzz/merged/$$n tests/fuzz/corpus/$$n; \
	    echo "fuzz_$$n: $$(ls tests/fuzz/corpus/$$n | wc -l) inputs"; \
	done

$(REPLAYS): $(B)/replay/%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h \
    $(B)/librk.a $(B)/libdata.a $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< tests/fuzz/replay.c \
	    $(B)/libdata.a $(B)/librk.a $(LDLIBS)

replays: $(REPLAYS)

# valgrind runs on the -O2 build in bin/: a normal and an error run of each
# program (scripts/valgrind-check; `make distcheck` runs it too).
valgrind: all
	sh scripts/valgrind-check $(CURDIR)/$(BIN)

# The layers: core/ pure, io/ returning its errors, exit only in util/ and cmd/.
layers:
	@sh scripts/check-layers

lint:
	sh scripts/man-lint $(MANS)

demo:
	@$(DEPS) build
	@$(MAKE) --no-print-directory all
	@sh scripts/demo $(BIN)

# ---- install ------------------------------------------------------------
# What `make install` puts where: one line per folder, quoted, giving the
# folder, the mode and the files.  Install notes each folder it has to
# create in INSTALL_LOG (folders already there, such as /usr/local/bin, are
# not its own); `make uninstall` removes those files, then only the noted
# folders, deepest first, and only when they are empty.  Without the log
# (an install by an older Makefile) it removes no folder at all.  A package
# build, which has its own uninstall, sets INSTALL_LOG empty to write none.
INSTALL_SETS = \
    '$(BINDIR) 755 $(PROGS)' \
    '$(MANDIR)/man1 644 $(filter %.1,$(MAN_OUT))' \
    '$(MANDIR)/man5 644 $(filter %.5,$(MAN_OUT))' \
    '$(MANDIR)/man7 644 $(filter %.7,$(MAN_OUT))' \
    '$(DATADIR) 644 $(DATA_CSV)' \
    '$(DATADIR)/examples 644 $(wildcard data/examples/*.csv)' \
    '$(BASHCOMPDIR) 644 $(BASH_COMP)' \
    '$(ZSHCOMPDIR) 644 $(ZSH_COMP)'
INSTALL_LOG = $(DATADIR)/installed-folders

# The man pages name the installed files where the default PREFIX puts
# them, which reads right in the source tree; install gives them this
# PREFIX's (or BINDIR's, DATADIR's...) folders instead.  They are written
# again on every install, since make cannot tell that PREFIX changed.
MAN_OUT = $(MANS:man/%=$(B)/man/%)
MAN_SED = -e 's|/usr/local/share/rekindle|$(DATADIR)|g' \
          -e 's|/usr/local/share/bash-completion/completions|$(BASHCOMPDIR)|g' \
          -e 's|/usr/local/share/zsh/site-functions|$(ZSHCOMPDIR)|g' \
          -e 's|/usr/local/bin|$(BINDIR)|g'

install-man:
	@mkdir -p $(B)/man
	@for f in $(MANS); do \
	    sed $(MAN_SED) "$$f" >"$(B)/man/$${f##*/}.tmp" && \
	    mv "$(B)/man/$${f##*/}.tmp" "$(B)/man/$${f##*/}" || exit 1; \
	done

install: all install-man
	@new=$$(mktemp) || exit 1; trap 'rm -f "$$new"' EXIT; \
	for set in $(INSTALL_SETS) '$(DATADIR) 644'; do \
	    set -- $$set; d=$(DESTDIR)$$1 m=$$2; shift 2; \
	    p=$$d; \
	    while [ "$$p" != '$(DESTDIR)' ] && [ -n "$$p" ] && [ ! -d "$$p" ] && [ ! -L "$$p" ]; do \
	        echo "$${p#$(DESTDIR)}" >>"$$new"; p=$${p%/*}; \
	    done; \
	    [ $$# -gt 0 ] || { mkdir -p "$$d" || exit 1; continue; }; \
	    echo "install -m $$m $$* $$d/"; \
	    mkdir -p "$$d" && install -m "$$m" "$$@" "$$d/" || exit 1; \
	done; \
	log='$(DESTDIR)$(INSTALL_LOG)'; [ -n '$(INSTALL_LOG)' ] || exit 0; \
	{ [ ! -f "$$log" ] || cat "$$log"; cat "$$new"; } | sort -u >"$$log.tmp" && \
	chmod 644 "$$log.tmp" && mv "$$log.tmp" "$$log"

uninstall:
	@for set in $(INSTALL_SETS); do \
	    set -- $$set; d=$(DESTDIR)$$1; shift 2; \
	    for f in "$$@"; do rm -f "$$d/$${f##*/}"; done; \
	done; \
	log='$(DESTDIR)$(INSTALL_LOG)'; \
	[ -f "$$log" ] || exit 0; \
	dirs=$$(sort -r "$$log") && rm -f "$$log" && \
	printf '%s\n' "$$dirs" | while IFS= read -r d; do \
	    [ -z "$$d" ] || rmdir "$(DESTDIR)$$d" 2>/dev/null || :; \
	done

# ---- dist ---------------------------------------------------------------
# `make dist` writes rekindle-VERSION.tar.gz into DIST_DIR: the files git
# tracks, or, outside a git checkout (an unpacked tarball), the folders in
# DIST_FILES.  `make distcheck` unpacks it in a temporary folder, runs
# `make check` there with every test (TESTS=all: the build, package and
# lintian tests too), and checks that install and uninstall leave nothing.
DIST       = rekindle-$(VERSION)
DIST_DIR   = .
DIST_FILES = .ci .gitignore LICENSE Makefile README.md cmd completions core data debian io man scripts tests tools util
# Every file in the tarball gets this time (SOURCE_DATE_EPOCH, else the last
# commit's, else, outside git, the latest debian/changelog entry's), owner 0
# and name order, and gzip keeps no name or time: two runs give the same
# bytes.
DIST_TIME  = $${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || \
             date -d "$$(sed -n 's/^ -- .*>  //p' debian/changelog | head -1)" +%s)}

dist:
	@rm -rf build/dist && mkdir -p build/dist/$(DIST)
	@if [ "$$(git rev-parse --show-toplevel 2>/dev/null)" = "$(CURDIR)" ]; then \
	    git ls-files; \
	else \
	    find $(DIST_FILES) -type f ! -path 'tests/fuzz/out/*'; \
	fi >build/dist/files
	@tar -cf - -T build/dist/files | tar -xf - -C build/dist/$(DIST)
	@tar -C build/dist --sort=name --owner=0 --group=0 --numeric-owner --mode=go-w \
	    --mtime=@$(DIST_TIME) -cf - $(DIST) | gzip -9n >$(DIST_DIR)/$(DIST).tar.gz
	@rm -rf build/dist
	@echo $(DIST_DIR)/$(DIST).tar.gz

distcheck: dist
	@d=$$(mktemp -d) && trap 'rm -rf "$$d"' EXIT && \
	gzip -dc $(DIST_DIR)/$(DIST).tar.gz | tar -xf - -C "$$d" && \
	$(MAKE) -C "$$d/$(DIST)" check TESTS=all && \
	$(MAKE) -s -C "$$d/$(DIST)" install DESTDIR="$$d/root" && \
	$(MAKE) -s -C "$$d/$(DIST)" uninstall DESTDIR="$$d/root" && \
	if [ -n "$$(find "$$d/root" -mindepth 1)" ]; then \
	    echo "distcheck: make uninstall left files behind" >&2; exit 1; \
	fi && \
	echo "$(DIST_DIR)/$(DIST).tar.gz is ready for distribution"

clean:
	rm -rf bin build

.PHONY: layers all completions units replays fuzz fuzz-harnesses fuzz-run fuzz-merge check valgrind lint demo install install-man uninstall dist distcheck clean
.SECONDARY:
