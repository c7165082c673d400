/* cruise diff test program (see main.c): helper here is the same in v1 and v2. */
#include <stdio.h>

static __attribute__((noinline, noclone)) int helper(int x)
{
    return x * 3 + 1;
}

int a_compute(int x)
{
    printf("a_compute %d\n", x);
    return helper(x) + helper(x + 2);
}

/* Called with the same constant factor everywhere: GCC -O2 makes scale.constprop.0 of it. */
static __attribute__((noinline)) int scale(int x, int factor)
{
    printf("scale %d by %d\n", x, factor);
    return x * factor + factor / 3;
}

int scale_twice(int x)
{
    return scale(x, 7) + scale(x + 1, 7);
}
