"""A minimal LSP client over a child process's stdio (Content-Length framing), for the latency benchmark and smoke tests."""
import json, subprocess, threading, queue, time, os

class Client:
    def __init__(self, cmd, cwd=None):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
        self.q = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        f = self.p.stdout
        while True:
            headers = {}
            while True:
                line = f.readline()
                if not line:
                    self.q.put(None); return
                line = line.decode().strip()
                if not line: break
                k, v = line.split(':', 1); headers[k.lower()] = v.strip()
            body = f.read(int(headers['content-length']))
            self.q.put((time.perf_counter(), json.loads(body)))

    def send(self, msg):
        data = json.dumps(msg).encode()
        self.p.stdin.write(b'Content-Length: %d\r\n\r\n' % len(data) + data); self.p.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        self.send({'jsonrpc': '2.0', 'id': self.next_id, 'method': method, 'params': params})
        return self.wait(lambda m: m.get('id') == self.next_id and 'method' not in m)[1]

    def notify(self, method, params):
        self.send({'jsonrpc': '2.0', 'method': method, 'params': params})

    def wait(self, pred, timeout=30):
        end = time.time() + timeout
        while True:
            item = self.q.get(timeout=max(0.01, end - time.time()))
            if item is None: raise EOFError('server closed')
            if pred(item[1]): return item
