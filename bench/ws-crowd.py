#!/usr/bin/env python3
"""A crowd of bare WebSocket clients (no packages needed) for bench/tournament-crowd.sh.

    ws-crowd.py PORT PATH WATCHERS

Opens WATCHERS sockets to ws://127.0.0.1:PORT/PATH at once (one thread each), reads each one's
first message whole, checks that it is valid UTF-8 and closes; prints one line: the seconds until
every watcher had its first message, how many were valid, and the message sizes seen.
"""
import base64
import os
import socket
import sys
import threading
import time


def first_message(port, path):
    sock = socket.create_connection(("127.0.0.1", port), timeout=120)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise EOFError("closed during the handshake")
        buf += chunk
    head, buf = buf.split(b"\r\n\r\n", 1)
    if not head.startswith(b"HTTP/1.1 101"):
        raise RuntimeError(head.split(b"\r\n")[0].decode())
    chunks = [buf]
    have = len(buf)

    def need(k):
        nonlocal have
        while have < k:
            chunk = sock.recv(1 << 20)
            if not chunk:
                raise EOFError("closed before the first message")
            chunks.append(chunk)
            have += len(chunk)
        return b"".join(chunks)

    data = need(2)
    length, header = data[1] & 0x7F, 2
    if length == 126:
        data, header = need(4), 4
        length = int.from_bytes(data[2:4], "big")
    elif length == 127:
        data, header = need(10), 10
        length = int.from_bytes(data[2:10], "big")
    data = need(header + length)
    payload = data[header:header + length]
    sock.close()
    payload.decode("utf-8", "strict")
    return length


def main():
    port, path, watchers = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    sizes, failures = [], []
    lock = threading.Lock()

    def watch():
        try:
            size = first_message(port, path)
            with lock:
                sizes.append(size)
        except Exception as e:  # noqa: BLE001 - every failure is counted and shown
            with lock:
                failures.append(repr(e)[:100])

    threads = [threading.Thread(target=watch) for _ in range(watchers)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.monotonic() - start
    print(f"{seconds:.2f} s, {len(sizes)} valid first messages, {len(failures)} failed, sizes {sorted(set(sizes))[:3]}"
          + (f"; first failure: {failures[0]}" if failures else ""))


if __name__ == "__main__":
    main()
