/*
 * webserver v1: the demo server of CRUISE's live-update issue (the paper's evaluation).
 *
 * A single-threaded HTTP/1.1 server with blocking accept/recv that serves the files under a
 * document root. It has the paper's bug: resolve_path() does not reject "..", so
 * GET /../../etc/passwd returns /etc/passwd. webserver_v2.c is the same program with the fix,
 * which is small and local to resolve_path().
 *
 * Usage:    webserver DOCROOT [PORT]      (PORT 0 or absent: any free port)
 * Start-up: binds 127.0.0.1:PORT and prints "listening 127.0.0.1:PORT" as stdout line 1.
 * Protocol: GET only; "/" means "/index.html"; a query string is ignored. Connections are kept
 *           alive (HTTP/1.1) until the client closes or sends "Connection: close". One
 *           connection is served at a time. Every response carries Content-Length and
 *           "X-Request-Count: N", N counting all requests the process has answered (this one
 *           included), so a client sees the counter continue across an update.
 *           Status: 200, 400 (malformed), 403 (refused path: v2), 404, 405 (not GET).
 *
 * Functions that must stay distinct across versions are kept out of line (noinline): an
 * inlined copy of resolve_path() would make its callers changed too, and serve_connection()
 * is on the stack while the server waits for the next request on a kept-alive connection.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define REQUEST_MAX 8192
#define PATH_MAX_LEN 4096

/* Requests answered since start: reported in every response. */
unsigned long request_count;
/* The document root given on the command line. */
const char *docroot;
/* Sent in the Server header. */
char server_name[16] = "cruise-demo";

struct request {
    char method[16];
    char target[PATH_MAX_LEN];
    int keep_alive;
};

static const char *reason_phrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    default: return "Internal Server Error";
    }
}

static const char *content_type(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (dot != NULL && (strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0))
        return "text/html";
    return "text/plain";
}

/* Sends all of buf; returns 0, or -1 when the peer is gone. */
static int send_all(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        ssize_t n = send(fd, buf, len, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        buf += n;
        len -= (size_t) n;
    }
    return 0;
}

/*
 * Maps a request target to a file name under the document root into out.
 * Returns 200, or an HTTP status saying why the target cannot be served.
 * BUG (v1): ".." is not rejected, so the result can leave the document root.
 */
__attribute__((noinline)) int resolve_path(const char *target, char *out, size_t size)
{
    if (target[0] != '/')
        return 400;
    if (strcmp(target, "/") == 0)
        target = "/index.html";
    if ((size_t) snprintf(out, size, "%s%s", docroot, target) >= size)
        return 404;
    return 200;
}

/* Answers one request; returns 0 to keep the connection, -1 to close it. */
__attribute__((noinline)) int handle_request(int fd, const struct request *req)
{
    char path[PATH_MAX_LEN + 256];
    char header[512];
    char *body = NULL;
    size_t body_len = 0;
    int status;

    request_count++;
    if (strcmp(req->method, "GET") != 0)
        status = 405;
    else
        status = resolve_path(req->target, path, sizeof path);
    if (status == 200) {
        int file = open(path, O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (file < 0 || fstat(file, &st) != 0 || !S_ISREG(st.st_mode)) {
            status = 404;
        } else {
            body = malloc((size_t) st.st_size + 1);
            while (body != NULL && body_len < (size_t) st.st_size) {
                ssize_t n = read(file, body + body_len, (size_t) st.st_size - body_len);
                if (n <= 0)
                    break;
                body_len += (size_t) n;
            }
            if (body == NULL)
                status = 500;
        }
        if (file >= 0)
            close(file);
    }
    if (status != 200) {
        free(body);
        body = strdup(reason_phrase(status));
        body_len = body != NULL ? strlen(body) : 0;
    }
    int len = snprintf(header, sizeof header,
            "HTTP/1.1 %d %s\r\nServer: %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
            "X-Request-Count: %lu\r\nConnection: %s\r\n\r\n",
            status, reason_phrase(status), server_name, status == 200 ? content_type(path) : "text/plain",
            body_len, request_count, req->keep_alive ? "keep-alive" : "close");
    int rc = send_all(fd, header, (size_t) len);
    if (rc == 0 && body_len > 0)
        rc = send_all(fd, body, body_len);
    free(body);
    return rc == 0 && req->keep_alive ? 0 : -1;
}

/* Parses the request head in buf (NUL-terminated, up to the blank line). Returns 0 or -1. */
static int parse_request(char *buf, struct request *req)
{
    char version[16];
    if (sscanf(buf, "%15s %4095s %15s", req->method, req->target, version) != 3)
        return -1;
    char *query = strchr(req->target, '?');
    if (query != NULL)
        *query = '\0';
    req->keep_alive = strcmp(version, "HTTP/1.1") == 0;
    for (char *line = strstr(buf, "\r\n"); line != NULL; line = strstr(line + 2, "\r\n")) {
        if (strncasecmp(line + 2, "Connection:", 11) == 0) {
            const char *value = line + 13;
            while (*value == ' ')
                value++;
            req->keep_alive = strncasecmp(value, "close", 5) != 0
                    && (req->keep_alive || strncasecmp(value, "keep-alive", 10) == 0);
        }
    }
    return 0;
}

/* Serves requests on one connection until the client is done. */
__attribute__((noinline)) void serve_connection(int fd)
{
    char buf[REQUEST_MAX + 1];
    size_t have = 0;

    for (;;) {
        char *end;
        buf[have] = '\0';
        while ((end = strstr(buf, "\r\n\r\n")) == NULL) {
            if (have == REQUEST_MAX)
                return;
            ssize_t n = recv(fd, buf + have, REQUEST_MAX - have, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return;
            have += (size_t) n;
            buf[have] = '\0';
        }
        *end = '\0';
        size_t used = (size_t) (end + 4 - buf);
        struct request req;
        if (parse_request(buf, &req) != 0) {
            struct request bad = { "GET", "", 0 };
            handle_request(fd, &bad);
            return;
        }
        if (handle_request(fd, &req) != 0)
            return;
        memmove(buf, buf + used, have - used);
        have -= used;
    }
}

/* The main loop: never returns. */
__attribute__((noinline, noreturn)) void serve_forever(int listener)
{
    for (;;) {
        int fd = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        serve_connection(fd);
        close(fd);
    }
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s DOCROOT [PORT]\n", argv[0]);
        return 2;
    }
    docroot = argv[1];
    int port = argc == 3 ? atoi(argv[2]) : 0;
    int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((unsigned short) port) };
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t addr_len = sizeof addr;
    if (listener < 0 || bind(listener, (struct sockaddr *) &addr, sizeof addr) != 0 || listen(listener, 16) != 0
            || getsockname(listener, (struct sockaddr *) &addr, &addr_len) != 0) {
        perror("webserver: listen");
        return 1;
    }
    printf("listening 127.0.0.1:%d\n", ntohs(addr.sin_port));
    fflush(stdout);
    serve_forever(listener);
}
