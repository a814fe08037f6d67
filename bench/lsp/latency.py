#!/usr/bin/env python3
"""Latency and memory of `triallint lsp`: time from a didChange to the publishDiagnostics of that version, and the
server's resident memory after 100 and after 10,000 edits.

  python3 bench/lsp/latency.py --server /path/to/triallint [--server-args lsp] [--edits 200] [--long 10000]

The server is started in the repository root; --server may be the native executable or `dotnet` with
--server-args "path/to/triallint.dll lsp". Each edit is an incremental change (one character typed into, then
removed from, the title line), sent only after the previous version's diagnostics arrived, so every edit is linted.
"""
import argparse, json, os, statistics, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Client

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))

def rss_mb(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) / 1024
    return float('nan')

def run(server, report, edits, long_edits, debounce):
    c = Client(server, cwd=ROOT)
    init = {'processId': os.getpid(), 'rootUri': 'file://' + ROOT, 'capabilities': {}}
    if debounce is not None: init['initializationOptions'] = {'debounceMs': debounce}
    c.request('initialize', init)
    c.notify('initialized', {})
    path = os.path.join(ROOT, report)
    uri = 'file://' + path
    text = open(path).read()
    lines = text.split('\n')
    line = next(i for i, l in enumerate(lines) if l.startswith('title:'))
    col = len(lines[line]) - 1  # before the closing quote
    c.notify('textDocument/didOpen', {'textDocument': {'uri': uri, 'languageId': 'yaml', 'version': 1, 'text': text}})
    c.wait(lambda m: m.get('method') == 'textDocument/publishDiagnostics' and m['params'].get('version') == 1)
    version = 1
    times = []
    memory = {}
    total = max(edits, long_edits)
    for i in range(total):
        version += 1
        if i % 2 == 0:
            change = {'range': {'start': {'line': line, 'character': col}, 'end': {'line': line, 'character': col}}, 'text': 'x'}
        else:
            change = {'range': {'start': {'line': line, 'character': col}, 'end': {'line': line, 'character': col + 1}}, 'text': ''}
        t0 = time.perf_counter()
        c.notify('textDocument/didChange', {'textDocument': {'uri': uri, 'version': version}, 'contentChanges': [change]})
        t1, _ = c.wait(lambda m, v=version: m.get('method') == 'textDocument/publishDiagnostics' and m['params'].get('version') == v)
        if i < edits: times.append((t1 - t0) * 1000)
        if i + 1 in (100, long_edits): memory[i + 1] = rss_mb(c.p.pid)
    c.request('shutdown', None); c.notify('exit', None); c.p.wait(10)
    return times, memory

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--server', required=True)
    ap.add_argument('--server-args', default='lsp')
    ap.add_argument('--edits', type=int, default=200)
    ap.add_argument('--long', type=int, default=0, help='edits for the memory figure (10000)')
    ap.add_argument('--debounce', type=int, default=None, help='debounceMs sent in initializationOptions (default: the server default)')
    ap.add_argument('--report', action='append', default=None)
    a = ap.parse_args()
    server = [a.server] + a.server_args.split()
    for report in a.report or ['seeds/example-randomised.trial.yaml', 'seeds/als-phase1-msc.trial.yaml']:
        times, memory = run(server, report, a.edits, a.long, a.debounce)
        size = os.path.getsize(os.path.join(ROOT, report))
        q = statistics.quantiles(times, n=20)
        print(json.dumps({'report': report, 'bytes': size, 'edits': len(times), 'debounce': a.debounce,
                          'median_ms': round(statistics.median(times), 1), 'p95_ms': round(q[18], 1), 'min_ms': round(min(times), 1),
                          'rss_mb': {str(k): round(v, 1) for k, v in memory.items()}}))

if __name__ == '__main__':
    main()
