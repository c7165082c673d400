#!/usr/bin/env python3
"""Live-update benchmark (docs/benchmarks.md): downtime of `cruise update` for the demo web server
and for the key-value server with 0..500 MB of heap. Called by releng/scripts/bench-update.sh.

Each run starts a fresh server, makes one request, updates it with the installed `cruise`,
checks that the server answers with v2's behaviour afterwards, and records what the report says:
downtime (stopped at the safe point -> running NEW's code) and the preparation pause (the short
stop that makes room for NEW). Prints Markdown rows: median | min | max of RUNS runs."""
import os, re, socket, statistics, subprocess, sys

cruise, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])


def start(argv):
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=work)
    line = p.stdout.readline()
    m = re.search(r'listening 127\.0\.0\.1:(\d+)', line)
    if not m:
        raise SystemExit('server did not start: ' + line)
    return p, int(m.group(1))


def update(pid, new, env=None):
    r = subprocess.run([cruise, 'update', '--pid', str(pid), '--to', new], capture_output=True, text=True,
                       env=dict(os.environ, **(env or {})))
    if r.returncode != 0:
        raise SystemExit('cruise update failed (%d): %s%s' % (r.returncode, r.stdout, r.stderr))
    down = float(re.search(r'downtime: ([0-9.]+) ms', r.stdout).group(1))
    pause = float(re.search(r'preparation pause \(room for NEW\): ([0-9.]+) ms', r.stdout).group(1))
    return down, pause


def http_get(sock, path):
    sock.sendall(('GET %s HTTP/1.1\r\nHost: x\r\n\r\n' % path).encode())
    data = b''
    while b'\r\n\r\n' not in data:
        data += sock.recv(65536)
    head, body = data.split(b'\r\n\r\n', 1)
    length = int(re.search(rb'Content-Length: (\d+)', head).group(1))
    while len(body) < length:
        body += sock.recv(65536)
    return int(head.split()[1])


def demo_run():
    with open(os.path.join(work, 'index.html'), 'w') as f:
        f.write('<html>bench</html>\n')
    p, port = start([os.path.join(work, 'webserver-v1'), work, '0'])
    try:
        s = socket.create_connection(('127.0.0.1', port))
        traversal = '/' + '../' * len(os.path.abspath(work).strip('/').split('/')) + 'etc/passwd'
        assert http_get(s, traversal) == 200
        down, pause = update(p.pid, os.path.join(work, 'webserver-v2'))
        assert http_get(s, traversal) == 403, 'v2 must refuse the traversal'
        return down, pause
    finally:
        p.kill()
        p.wait()


def kv_run(mb, env=None, values=None):
    """mb MB of heap in values values (default: one per MB, each entry holding a code pointer)."""
    p, port = start([os.path.join(work, 'kvstore-v1'), os.path.join(work, 'kv.log'), '0'])
    try:
        s = socket.create_connection(('127.0.0.1', port))
        f = s.makefile('rw')

        def cmd(c):
            f.write(c + '\n')
            f.flush()
            return f.readline().strip()
        assert cmd('SET a alpha') == 'OK'
        if mb:
            n = values or mb
            assert cmd('FILL %d %d' % (n, mb * 1000000 // n)) == 'FILLED %d' % n
        down, pause = update(p.pid, os.path.join(work, 'kvstore-v2'), env)
        assert cmd('VERSION') == 'VERSION 2' and cmd('GET a') == 'VALUE alpha'
        return down, pause
    finally:
        p.kill()
        p.wait()


def row(name, fn, n=None):
    n = n or runs
    results = [fn() for _ in range(n)]
    d = [r[0] for r in results]
    pz = [r[1] for r in results]
    print('| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |' % (
        name, statistics.median(d), min(d), max(d), statistics.median(pz), min(pz), max(pz), n), flush=True)


print('| workload | downtime ms: median | min | max | preparation pause ms: median | min | max | runs |')
print('|---|---|---|---|---|---|---|---|')
row('demo web server (keep-alive connection open)', demo_run)
for mb in (0, 100, 300, 500):
    row('key-value server, %d MB heap' % mb, lambda mb=mb: kv_run(mb))
# The same heap in 5 values: 5 entries to re-point instead of 500 (size against pointer count).
row('key-value server, 500 MB heap in 5 values', lambda: kv_run(500, values=5))
# What the dirty tracking saves: the same update scanning all memory while the process is stopped.
# (3 runs: each stops the server for seconds)
row('key-value server, 500 MB heap, without dirty tracking', lambda: kv_run(500, {'CRUISE_UPDATE_TRACKING': 'off'}), 3)
