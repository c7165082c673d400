/* cruise diff test program (see main.c): helper here changes in v2 (same name as util_a.c's). */
#include <stdio.h>

static __attribute__((noinline, noclone)) int helper(int x)
{
#ifdef V2
    return x * 5 + 2;
#else
    return x * 5 + 1;
#endif
}

int b_compute(int x)
{
    printf("b_compute %d\n", x);
    return helper(x) - helper(x - 1);
}
