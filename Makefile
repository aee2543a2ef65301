# rekindle: a plain Makefile.  `make` builds bin/, `make check` tests under
# ASan and UBSan, `make demo` runs a sample pipeline on the built-in data.

VERSION   = 0.1.0
PREFIX    = /usr/local
BINDIR    = $(PREFIX)/bin
MANDIR    = $(PREFIX)/share/man
DATADIR   = $(PREFIX)/share/rekindle

CC       ?= cc
CFLAGS   ?= -O2 -g
LDFLAGS  ?=
LDLIBS    = -lcsv
WARN      = -Wall -Wextra
# Flags we always need, whatever CFLAGS the user gives.
RK_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -DRK_VERSION='"$(VERSION)"' -I. -I$(B) $(WARN)

# B is the build directory; bin/ is where the programs land.  The sanitizer
# build used by `make check` lives in build/san with its own bin.
B    = build
BIN  = bin

LIB_SRC  = $(wildcard lib/*.c)
LIB_OBJ  = $(LIB_SRC:lib/%.c=$(B)/lib/%.o)
GEN_SRC  = $(wildcard tools/gen_*.c)
GEN_BIN  = $(GEN_SRC:tools/%.c=$(B)/tools/%)
DATA_SRC = $(GEN_SRC:tools/gen_%.c=$(B)/data/%_data.c)
DATA_OBJ = $(DATA_SRC:.c=.o)
DATA_CSV = $(wildcard data/*.csv)
CMD_SRC  = $(wildcard cmd/*.c)
PROGS    = $(CMD_SRC:cmd/%.c=$(BIN)/%)
MANS     = $(wildcard man/*.[1-8])
UNIT_SRC = $(wildcard tests/unit/*.c)
UNITS    = $(UNIT_SRC:tests/unit/%.c=$(B)/unit/%)

all: $(PROGS)

$(B)/lib/%.o: lib/%.c lib/*.h
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/librk.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

# The generators turn data/*.csv into C tables, so the programs start with
# their content ready and parse nothing at start-up.  They run on the build
# machine, through the same parsers that read users' files at run time.
$(B)/tools/%: tools/%.c $(B)/librk.a lib/*.h
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/librk.a $(LDLIBS)

$(B)/data/%_data.c: $(B)/tools/gen_% $(DATA_CSV)
	@mkdir -p $(@D)
	$(B)/tools/gen_$* data > $@.tmp && mv $@.tmp $@

$(B)/data/%_data.o: $(B)/data/%_data.c lib/*.h
	$(CC) $(RK_CFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/libdata.a: $(DATA_OBJ)
	rm -f $@
	$(AR) rcs $@ $(DATA_OBJ)

$(BIN)/%: cmd/%.c $(B)/librk.a $(B)/libdata.a lib/*.h
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libdata.a $(B)/librk.a $(LDLIBS)

$(B)/unit/%: tests/unit/%.c $(B)/librk.a $(B)/libdata.a lib/*.h
	@mkdir -p $(@D)
	$(CC) $(RK_CFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libdata.a $(B)/librk.a $(LDLIBS)

units: $(UNITS)

# ---- set-up -------------------------------------------------------------
deps-build:
	@sh scripts/ensure-deps build
deps-check:
	@sh scripts/ensure-deps check

# ---- tests --------------------------------------------------------------
SAN      = -fsanitize=address,undefined -fno-omit-frame-pointer
SAN_ENV  = ASAN_OPTIONS=abort_on_error=0:detect_leaks=1:exitcode=99 \
           UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=99

check: deps-check
	$(MAKE) B=build/san BIN=build/san/bin WARN='-Wall -Wextra -Werror' \
	    CFLAGS='-O1 -g $(SAN)' LDFLAGS='$(SAN)' all units
	$(MAKE) all
	$(SAN_ENV) RK_BIN=$(CURDIR)/build/san/bin RK_UNIT=$(CURDIR)/build/san/unit \
	    sh scripts/run-tests

# valgrind runs on the -O2 build in bin/: a normal and an error run of each
# program (scripts/valgrind-check; `make check` runs it too).
valgrind: all
	sh scripts/valgrind-check $(CURDIR)/$(BIN)

lint:
	mandoc -Tlint -Wwarning $(MANS)

demo: deps-build all
	@sh scripts/demo bin

# ---- install ------------------------------------------------------------
install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(DATADIR)/examples
	for p in $(PROGS); do cp $$p $(DESTDIR)$(BINDIR)/; done
	for m in $(MANS); do s=$${m##*.}; cp $$m $(DESTDIR)$(MANDIR)/man$$s/; done
	cp data/*.csv $(DESTDIR)$(DATADIR)/
	if [ -d data/examples ]; then cp data/examples/*.csv $(DESTDIR)$(DATADIR)/examples/; fi

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$${p##*/}; done
	for m in $(MANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf bin build

.PHONY: all units check valgrind lint demo install uninstall clean deps-build deps-check
.SECONDARY:
