/* rampart: the command-line front end. */
#include <stdio.h>
#include <string.h>

#include "rampart/rampart.h"

int
main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "version") == 0) {
        printf("rampart %s\n", RP_VERSION);
        return 0;
    }
    fprintf(stderr, "usage: rampart COMMAND\n");
    return 2;
}
