/*
 * plugin.c: a plugin service.c dlopens (the "logging plugin reading the program's
 * global"): it reads the program's `requests` through its own GOT, which is read-only after
 * relocation (RELRO); a live update must re-point that entry to NEW's copy of the global.
 */
extern long requests;

long plugin_report(void)
{
    return requests;
}
