#!/usr/bin/env python3
"""A bare WebSocket client for the edge checks (no packages needed).

    wsprobe.py PORT PATH [--origin O] [--host H] [--send-bytes N] [--silent]

Opens ws://127.0.0.1:PORT/PATH and prints the handshake's status line. With --send-bytes it sends
one masked text message of N bytes and prints the close code the server answers with; with
--silent it answers no ping and prints how long the server kept the socket.
"""
import argparse
import base64
import os
import socket
import struct
import time


def handshake(port, path, origin, host):
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    key = base64.b64encode(os.urandom(16)).decode()
    lines = [f"GET {path} HTTP/1.1", f"Host: {host or f'127.0.0.1:{port}'}", "Upgrade: websocket",
             "Connection: Upgrade", f"Sec-WebSocket-Key: {key}", "Sec-WebSocket-Version: 13"]
    if origin:
        lines.append(f"Origin: {origin}")
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(4096)
        if not chunk:
            break
        head += chunk
    status = head.split(b"\r\n", 1)[0].decode(errors="replace")
    return sock, status, head.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in head else b""


def frame(opcode, payload):
    mask = os.urandom(4)
    n = len(payload)
    if n < 126:
        header = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
    elif n < 65536:
        header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
    else:
        header = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
    return header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def frames(sock, buffered, deadline):
    """Yields (opcode, payload) of the server's frames until the connection ends or the deadline."""
    data = buffered
    while time.time() < deadline:
        while len(data) >= 2:
            opcode, length = data[0] & 0x0F, data[1] & 0x7F
            offset = 2
            if length == 126:
                if len(data) < 4:
                    break
                length, offset = struct.unpack("!H", data[2:4])[0], 4
            elif length == 127:
                if len(data) < 10:
                    break
                length, offset = struct.unpack("!Q", data[2:10])[0], 10
            if len(data) < offset + length:
                break
            yield opcode, data[offset:offset + length]
            data = data[offset + length:]
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            continue
        except ConnectionResetError:
            return
        if not chunk:
            return
        data += chunk


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("path")
    parser.add_argument("--origin")
    parser.add_argument("--host")
    parser.add_argument("--send-bytes", type=int)
    parser.add_argument("--silent", action="store_true")
    parser.add_argument("--seconds", type=float, default=20, help="give up after this long")
    args = parser.parse_args()
    sock, status, rest = handshake(args.port, args.path, args.origin, args.host)
    print(status)
    if not status.startswith("HTTP/1.1 101"):
        return
    if args.send_bytes:
        sock.sendall(frame(0x1, b"x" * args.send_bytes))
    started = time.time()
    sock.settimeout(1)
    for opcode, payload in frames(sock, rest, started + args.seconds):
        if opcode == 0x8:
            code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else None
            print(f"close {code} {payload[2:].decode(errors='replace')!r} after {time.time() - started:.1f} s")
            try:
                sock.sendall(frame(0x8, payload[:2]))
            except OSError:
                pass
            return
        if opcode == 0x9 and not args.silent:
            sock.sendall(frame(0xA, payload))
    ended = "still open" if time.time() - started >= args.seconds else "connection ended without a close frame"
    print(f"{ended} after {time.time() - started:.1f} s")


if __name__ == "__main__":
    main()
