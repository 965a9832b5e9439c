#!/usr/bin/env python3
"""A small Involution Arena bot in Python 3, standard library only.

It registers a player, joins a match, and every round buys compute for its users and prices its
service at its compute cost plus a markup (a "cost-plus" firm). It follows the match by polling
GET /api/matches/{id}/events?from=SEQ, which returns every event from sequence number SEQ on, so it
never misses one. Run: python3 bot.py --server http://localhost:8080 [--match ID] [--name NAME]
"""
import argparse
import json
import math
import sys
import time
import urllib.error
import urllib.request
import uuid

RND_PER_ROUND = 40_000  # cents of R&D a round, to keep quality from decaying
MARKUP = 0.5            # price = compute cost per user x (1 + MARKUP)
GROWTH = 0.15           # buy compute for 15% more users than we have


class ArenaError(Exception):
    """The arena refused a request; `problem` is its problem+json body (type, title, status, detail, rule, field)."""

    def __init__(self, status, problem):
        super().__init__(f"{status} {problem.get('title')}: {problem.get('detail')} (rule {problem.get('rule')})")
        self.status = status
        self.problem = problem


class Arena:
    """A tiny client of the arena's HTTP API, with safe retries."""

    def __init__(self, server, token=None):
        self.server = server.rstrip("/")
        self.token = token

    def call(self, method, path, body=None, key=None):
        """Sends a request; returns the JSON answer. Repeats it after a 429 (waiting Retry-After),
        and after a 5xx or a lost connection when it is safe: reads, and writes with an idempotency
        key or clientOrderId, which are sent unchanged on every attempt."""
        data = json.dumps(body).encode() if body is not None else None
        headers = {"Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if key:
            headers["Idempotency-Key"] = key
        safe = method == "GET" or key is not None or (body or {}).get("clientOrderId") is not None
        for attempt in range(1, 7):
            request = urllib.request.Request(self.server + path, data=data, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=15) as response:
                    return json.loads(response.read() or b"null")
            except urllib.error.HTTPError as e:
                text = e.read().decode(errors="replace")
                try:
                    problem = json.loads(text)
                except ValueError:
                    problem = {"title": e.reason, "detail": text[:200]}
                if attempt < 6 and e.code == 429:
                    time.sleep(float(e.headers.get("Retry-After", "1")))
                    continue
                if attempt < 6 and e.code in (500, 502, 503, 504) and safe:
                    time.sleep(0.2 * 2 ** (attempt - 1))
                    continue
                raise ArenaError(e.code, problem) from None
            except (urllib.error.URLError, OSError):
                if attempt < 6 and safe:
                    time.sleep(0.2 * 2 ** (attempt - 1))
                    continue
                raise


def pick_match(arena, wanted):
    if wanted:
        return wanted
    matches = arena.call("GET", "/api/matches")
    for status in ("OPEN", "RUNNING"):
        for m in matches:
            if m["status"] == status and m["firms"] < m["seats"]:
                return m["matchId"]
    sys.exit("no OPEN or RUNNING match with a free seat")


def play_round(arena, match_id, round_no, settings):
    """One round of cost-plus: post a price and a bid for enough compute."""
    firm = arena.call("GET", f"/api/matches/{match_id}/me")["firm"]
    if firm["status"] != "ACTIVE":
        return
    book = arena.call("GET", f"/api/matches/{match_id}/book")
    per_unit = settings["usersPerUnit"]
    unit_cost = book["asks"][0]["price"] if book["asks"] else settings["baseCost"]
    limit = round(unit_cost * (1 + MARKUP * 0.6))             # the most we pay per unit
    users = firm["loyalUsers"] + firm["mercenaryUsers"]
    wanted = math.ceil(users * (1 + GROWTH) / per_unit) + 1
    affordable = max(0, firm["cash"] - firm["reservedCash"] - RND_PER_ROUND) // limit
    price = max(1, round(unit_cost * (1 + MARKUP) / per_unit))  # cents per user per round
    try:
        arena.call("PUT", f"/api/matches/{match_id}/decisions",
                   {"price": price, "bounty": 0, "rnd": RND_PER_ROUND}, key=str(uuid.uuid4()))
        quantity = min(wanted, affordable)
        if quantity > 0:
            arena.call("POST", f"/api/matches/{match_id}/orders",
                       {"side": "BUY", "price": limit, "quantity": quantity, "clientOrderId": f"round-{round_no}"})
    except ArenaError as e:
        print(f"round {round_no}: refused: {e}", flush=True)


def main():
    parser = argparse.ArgumentParser(description="A cost-plus bot for Involution Arena")
    parser.add_argument("--server", default="http://localhost:8080")
    parser.add_argument("--match", help="match id (default: the first OPEN, else RUNNING, match with a free seat)")
    parser.add_argument("--name", default="py-bot")
    args = parser.parse_args()

    arena = Arena(args.server)
    arena.token = arena.call("POST", "/api/players", {"name": args.name})["token"]
    match_id = pick_match(arena, args.match)
    firm_id = arena.call("POST", f"/api/matches/{match_id}/seats", key=str(uuid.uuid4()))["firmId"]
    market = arena.call("GET", f"/api/matches/{match_id}/events?from=1&limit=1")[0]["settings"]["market"]
    settings = {"usersPerUnit": market["usersPerUnit"], "baseCost": market["supply"]["baseCost"]}
    details = arena.call("GET", f"/api/matches/{match_id}")
    print(f"joined match {match_id} as firm {firm_id}", flush=True)

    summary = details["summary"]
    rounds, status = summary["rounds"], summary["status"]
    current = summary["round"] if status == "RUNNING" else 0  # the round open now, 0 if none
    played = 0
    next_seq = details["seq"] + 1                             # the details are as of event `seq`
    while status != "FINISHED":
        if status == "RUNNING" and current > played:
            play_round(arena, match_id, current, settings)
            played = current
        events = arena.call("GET", f"/api/matches/{match_id}/events?from={next_seq}&limit=1000")
        if not events:
            time.sleep(0.1)
            continue
        for event in events:
            next_seq = event["seq"] + 1
            kind = event["type"]
            if kind == "match-started":
                status, current = "RUNNING", 1
            elif kind == "round-settled":
                report = event["report"]
                mine = next((f for f in report["firms"] if f["firmId"] == firm_id), None)
                if mine:
                    print(f"round {report['round']}/{rounds}: users {mine['users']}, "
                          f"share {mine['share'] * 100:.1f}%, cash {mine['cash']}, price {mine['price']}", flush=True)
                if event["nextDeadline"] > 0:
                    current = report["round"] + 1
            elif kind == "match-paused":
                status = "PAUSED"
            elif kind == "match-resumed":
                status = "RUNNING"
            elif kind == "match-finished":
                status = "FINISHED"
                standing = next((s for s in event["standings"] if s["firmId"] == firm_id), None)
                if standing:
                    print(f"match finished: rank {standing['rank']} of {len(event['standings'])}, "
                          f"score {standing['score']}", flush=True)
            # any other event type (new ones will come) is simply skipped
    return 0


if __name__ == "__main__":
    sys.exit(main())
