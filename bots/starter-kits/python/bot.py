#!/usr/bin/env python3
"""A small Involution Arena bot in Python 3, on the involution_arena client package (bots/python,
standard library only: `pip install ./bots/python`, or run from a checkout as is).

It registers a player, joins a match (or the ladder), and every round buys compute for its users
and prices its service at its compute cost plus a markup (a "cost-plus" firm). It follows the match
through its event history (no event missed or seen twice), acts when a round opens and, in a
lockstep match, says it is ready.
Run: python3 bot.py --server http://localhost:8080 [--match ID | --ladder N] [--name NAME]
"""
import argparse
import math
import os
import sys

try:
    import involution_arena
except ImportError:  # not installed: use the package next to this kit in the repository
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python", "src"))
    import involution_arena

from involution_arena import ArenaClient, ArenaError, Decisions, OrderRequest, play_ladder, play_match

RND_PER_ROUND = 40_000  # cents of R&D a round, to keep quality from decaying
MARKUP = 0.5            # price = compute cost per user x (1 + MARKUP)
GROWTH = 0.15           # buy compute for 15% more users than we have


def pick_match(arena, wanted):
    if wanted:
        return wanted
    for status in ("OPEN", "RUNNING"):
        for m in arena.matches():
            if m.status == status and m.firms < m.seats:
                return m.matchId
    sys.exit("no OPEN or RUNNING match with a free seat")


class CostPlus:
    """Decides one round: a price at cost plus a markup and a bid for enough compute."""

    def __init__(self):
        self.settings = {}

    def __call__(self, arena, match_id, round_no):
        settings = self.settings.get(match_id)
        if settings is None:
            market = arena.events(match_id, 1, 1)[0]["settings"]["market"]
            settings = {"usersPerUnit": market["usersPerUnit"], "baseCost": market["supply"]["baseCost"]}
            self.settings[match_id] = settings
        firm = arena.me(match_id).firm
        if firm.status != "ACTIVE":
            return
        book = arena.book(match_id)
        per_unit = settings["usersPerUnit"]
        unit_cost = book["asks"][0]["price"] if book["asks"] else settings["baseCost"]
        limit = round(unit_cost * (1 + MARKUP * 0.6))             # the most we pay per unit
        wanted = math.ceil(firm.users * (1 + GROWTH) / per_unit) + 1
        price = max(1, round(unit_cost * (1 + MARKUP) / per_unit))  # cents per user per round
        arena.set_decisions(match_id, Decisions(price=price, bounty=0, rnd=RND_PER_ROUND))
        if firm.free_cash - RND_PER_ROUND >= limit:
            # fit: bought as far as the free cash (or a share cap) allows, instead of refused
            arena.place_order(match_id, OrderRequest.buy(limit, wanted, f"round-{round_no}", fit=True))


def logger(firm_of, rounds_of):
    def log(event):
        kind = event["type"]
        if kind == "round-settled":
            report = event["report"]
            mine = next((f for f in report["firms"] if f["firmId"] == firm_of()), None)
            if mine:
                print(f"round {report['round']}/{rounds_of()}: users {mine['users']}, "
                      f"share {mine['share'] * 100:.1f}%, cash {mine['cash']}, price {mine['price']}", flush=True)
        elif kind == "match-finished":
            standing = next((s for s in event["standings"] if s["firmId"] == firm_of()), None)
            if standing:
                print(f"match finished: rank {standing['rank']} of {len(event['standings'])}, "
                      f"score {standing['score']}", flush=True)
        # any other event type (new ones will come) is simply skipped
    return log


def main():
    parser = argparse.ArgumentParser(description="A cost-plus bot for Involution Arena")
    parser.add_argument("--server", default="http://localhost:8080")
    parser.add_argument("--match", help="match id (default: the first OPEN, else RUNNING, match with a free seat)")
    parser.add_argument("--ladder", type=int, metavar="N", help="play N matches on the rated ladder instead")
    parser.add_argument("--name", default="py-bot")
    args = parser.parse_args()

    arena = ArenaClient(args.server).register(args.name)
    decide = CostPlus()
    current = {"firm": None, "rounds": 0}
    log = logger(lambda: current["firm"], lambda: current["rounds"])
    if args.ladder:
        known = set()

        def decide_on_the_ladder(client, match_id, round_no):
            if match_id not in known:  # a new ladder match: which firm is ours, how many rounds
                known.add(match_id)
                current["firm"] = client.me(match_id).firm.firmId
                current["rounds"] = client.match(match_id).summary.rounds
            decide(client, match_id, round_no)
        play_ladder(arena, decide_on_the_ladder, matches=args.ladder, on_event=log)
        return 0
    match_id = pick_match(arena, args.match)
    current["firm"] = arena.join(match_id)
    current["rounds"] = arena.match(match_id).summary.rounds
    print(f"joined match {match_id} as firm {current['firm']}", flush=True)
    try:
        play_match(arena, match_id, decide, on_event=log)
    except ArenaError as e:
        print(f"refused: {e}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
