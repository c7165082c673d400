/*
 * Test program for cruise diff (ProgramDifferTest, DiffCliTest): built once as v1 and once with
 * -DV2, which is the "new version". Every difference between the two is marked with #ifdef V2
 * and listed here:
 *   greet        MODIFIED  its literal gets longer; greet is first in the file, so every later
 *                          string literal of the program moves in .rodata
 *   check_path   MODIFIED  a one-line fix (rejects ".."); its code grows, so every later
 *                          function moves in .text
 *   banner       MODIFIED  only its string literal changes, to one of the same length
 *   v1_only      REMOVED
 *   v2_only      ADDED     (with a function-local static; GCC numbers the statics of a file
 *                          from the last one up, so next_id's "counter" becomes counter.1)
 *   history      MODIFIED  size 16 -> 24
 *   limits       MODIFIED  read-only contents differ at +0x8 (limit_of, which reads it, is unchanged)
 *   calls.N      ADDED     v2_only's function-local static
 * helper (util_b.c) changes too; helper (util_a.c) does not. Everything else must be UNCHANGED.
 * Functions whose body changes are noipa so that GCC's interprocedural analyses (pure/const,
 * value ranges) do not carry the change into their callers at -O2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef V2
long history[3];
#else
long history[2];
#endif
int requests;
static int errors;

int a_compute(int x);
int b_compute(int x);
int scale_twice(int x);

__attribute__((noipa)) void greet(const char *who)
{
#ifdef V2
    printf("hello, %s, and welcome to the fixed version of this program\n", who);
#else
    printf("hello, %s\n", who);
#endif
}

__attribute__((noipa)) int check_path(const char *path)
{
    if (path[0] == '/')
        return 0;
#ifdef V2
    if (strstr(path, "..") != NULL) return 0;
#endif
    return 1;
}

__attribute__((noipa)) void banner(void)
{
#ifdef V2
    puts("banner of version two");
#else
    puts("banner of version one");
#endif
}

int next_id(void)
{
    static int counter;
    return ++counter;
}

#ifdef V2
int v2_only(int x)
{
    static int calls;
    calls += x;
    return calls;
}
#else
int v1_only(int x)
{
    return x * 11 + 3;
}
#endif

void record(long value)
{
    history[0] = value;
    requests++;
    if (value < 0)
        errors++;
}

const char *kind_name(int kind)
{
    switch (kind) {
    case 0: return "zero";
    case 1: return "one";
    case 2: return "two";
    case 3: return "three";
    case 4: return "four";
    case 5: return "five";
    default: return "many";
    }
}

__attribute__((noinline)) int dispatch(int op, int x)
{
    switch (op) {
    case 0: return a_compute(x);
    case 1: return b_compute(x) + 1;
    case 2: return next_id() * x;
    case 3: return scale_twice(x) - 2;
    case 4: record(x); return 4;
    case 5: return check_path(kind_name(x)) + 9;
    case 6: return x / 7 + errors;
    default: return -1;
    }
}

/* A constant dispatch table of names and function pointers: read-only data full of addresses
 * that all move in v2 (in a PIE it lives in .data.rel.ro and the loader relocates it), yet it
 * does not change. */
static const struct command {
    const char *name;
    int (*handler)(int);
} commands[] = {
    { "alpha", a_compute },
    { "bravo", b_compute },
    { "scale", scale_twice },
};

/* A constant table whose contents change in v2 (its readers' code does not). */
#ifdef V2
static const int limits[4] = { 10, 20, 35, 40 };
#else
static const int limits[4] = { 10, 20, 30, 40 };
#endif

int limit_of(int i)
{
    return limits[i & 3];
}

int run_command(const char *name, int x)
{
    for (unsigned i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, name) == 0)
            return commands[i].handler(x);
    return -1;
}

double ratio(int x)
{
    return x * 1.61803398875;
}

int main(int argc, char **argv)
{
    greet(argc > 1 ? argv[1] : "world");
    banner();
    int total = 0;
    for (int op = 0; op < 8; op++)
        total += dispatch(op, argc + op);
    printf("path %s: %d\n", argv[0], check_path(argv[0]));
    printf("kind %s, ratio %.3f, total %d, id %d\n", kind_name(argc), ratio(argc), total, next_id());
    printf("command %d, limit %d\n", run_command(argc > 2 ? argv[2] : "alpha", argc), limit_of(argc));
    return 0;
}
