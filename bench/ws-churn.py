#!/usr/bin/env python3
"""WebSocket churn for the heap measurement in docs/BENCHMARKS.md (no packages needed).

    ws-churn.py PORT PATH SECONDS [PER_SECOND]

Opens PER_SECOND (default 10) WebSockets a second at ws://127.0.0.1:PORT/PATH for SECONDS seconds;
each reads what arrives within 0.5 s, answers pings, and closes. Prints the connections made.
"""
import os
import socket
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import wsprobe  # noqa: E402


def one(port, path, done):
    try:
        sock, status, rest = wsprobe.handshake(port, path, None, None)
        if status.startswith("HTTP/1.1 101"):
            sock.settimeout(0.1)
            for opcode, payload in wsprobe.frames(sock, rest, time.time() + 0.5):
                if opcode == 0x9:
                    sock.sendall(wsprobe.frame(0xA, payload))
            sock.sendall(wsprobe.frame(0x8, b"\x03\xe8"))
        sock.close()
        done.append(1)
    except OSError:
        pass


def main():
    port, path, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    rate = float(sys.argv[4]) if len(sys.argv) > 4 else 10
    done, threads = [], []
    start = time.time()
    n = 0
    while time.time() - start < seconds:
        t = threading.Thread(target=one, args=(port, path, done), daemon=True)
        t.start()
        threads.append(t)
        n += 1
        time.sleep(max(0.0, start + n / rate - time.time()))
        threads = [t for t in threads if t.is_alive()]
    for t in threads:
        t.join(5)
    print(f"{len(done)} WebSockets opened and closed in {time.time() - start:.0f} s")


if __name__ == "__main__":
    main()
