"""Playing loops: a match round by round from its events, and the ladder from the next-match feed."""
import time
from typing import Any, Callable, Dict, List, Optional

from .client import ArenaError
from .follower import EventFollower

# decide(client, match_id, round_no) is called once when each round opens; it posts decisions and orders.
Decide = Callable[[Any, str, int], None]
Log = Callable[[Dict[str, Any]], None]


def play_match(client, match_id: str, decide: Decide, on_event: Optional[Log] = None) -> Dict[str, Any]:
    """Plays a match the player is seated in until it finishes: `decide` once per round as it opens,
    then (in a lockstep match) says ready for that round. Answers the `match-finished` event."""
    details = client.match(match_id)
    lockstep = details.summary.lockstep
    played = 0
    current = details.summary.round if details.summary.status == "RUNNING" else 0
    follower = EventFollower(client, match_id, start=details.seq + 1)
    if current:
        played = _play_round(client, match_id, current, decide, lockstep)
    for event in follower:
        if on_event:
            on_event(event)
        kind = event["type"]
        if kind == "round-opened" and event["round"] > played:
            played = _play_round(client, match_id, event["round"], decide, lockstep)
        elif kind == "match-finished":
            return event
    return {}


def _play_round(client, match_id: str, round_no: int, decide: Decide, lockstep: bool) -> int:
    try:
        decide(client, match_id, round_no)
    except ArenaError as e:
        print(f"round {round_no}: refused: {e}", flush=True)
    if lockstep:
        try:
            client.ready(match_id, round_no)
        except ArenaError as e:
            if e.problem.code not in ("ROUND_OVER", "MATCH_FINISHED"):
                raise
    return round_no


def play_ladder(client, decide: Decide, matches: int = 1, poll_seconds: float = 1.0,
                on_event: Optional[Log] = None) -> List[Dict[str, Any]]:
    """Joins the ladder and plays `matches` ladder matches as they come (found in the next-match feed,
    looked at every `poll_seconds`); answers their `match-finished` events."""
    client.join_ladder()
    finished: List[Dict[str, Any]] = []
    done = set()
    while len(finished) < matches:
        feed = client.next_matches()
        upcoming = [m for m in feed.matches if m.source == "ladder" and m.matchId and m.matchId not in done]
        if not upcoming:
            time.sleep(poll_seconds)
            continue
        match = upcoming[0]
        if match.status == "OPEN":
            client.ready(match.matchId, 0)          # ready to begin: it starts once every player is
        finished.append(play_match(client, match.matchId, decide, on_event))
        done.add(match.matchId)
    return finished
