"""The HTTP side: one call per API route, JSON in and out, problem+json errors as ArenaError, and
safe retries (a 429 waits Retry-After; a 5xx or a lost connection is repeated only when the request
is safe to repeat: a read, or a write carrying an idempotency key or clientOrderId)."""
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from typing import Any, Dict, List, Optional

from .models import (Decisions, LadderMember, MatchDetails, MatchSummary, MyFirm, OrderRequest, OrderResult,
                     PlayerMatches, Problem, ReadyAnswer, Registration)

ATTEMPTS = 6


class ArenaError(Exception):
    """The arena refused a request; `problem` says why (code, field, rule and the numbers)."""

    def __init__(self, problem: Problem):
        super().__init__(f"{problem.status} {problem.title}: {problem.detail} (code {problem.code})")
        self.problem = problem

    @property
    def status(self) -> int:
        return self.problem.status


class ArenaUnreachable(Exception):
    """No answer from the arena after every attempt."""


class ArenaClient:
    """A client of one arena, with or without a player's token (`with_token`, or `register`)."""

    def __init__(self, server: str, token: Optional[str] = None, timeout: float = 15.0, sleep=time.sleep):
        self.server = server.rstrip("/")
        self.token = token
        self.timeout = timeout
        self._sleep = sleep

    def with_token(self, token: str) -> "ArenaClient":
        return ArenaClient(self.server, token, self.timeout, self._sleep)

    # ---- the transport -------------------------------------------------------------------

    def call(self, method: str, path: str, body: Any = None, key: Optional[str] = None) -> Any:
        """Sends one request and answers its JSON (None for 204); raises ArenaError or ArenaUnreachable."""
        data = json.dumps(body).encode() if body is not None else None
        headers = {"Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        if key:
            headers["Idempotency-Key"] = key
        safe = method == "GET" or key is not None or (isinstance(body, dict) and body.get("clientOrderId"))
        for attempt in range(1, ATTEMPTS + 1):
            request = urllib.request.Request(self.server + path, data=data, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    raw = response.read()
                    return json.loads(raw) if raw else None
            except urllib.error.HTTPError as e:
                text = e.read().decode(errors="replace")
                try:
                    problem = Problem.of(e.code, json.loads(text))
                except ValueError:
                    problem = Problem(status=e.code, title=str(e.reason), detail=text[:200])
                if attempt < ATTEMPTS and e.code == 429:
                    self._sleep(float(e.headers.get("Retry-After", "1")))
                    continue
                if attempt < ATTEMPTS and e.code in (500, 502, 503, 504) and safe:
                    self._sleep(0.2 * 2 ** (attempt - 1))
                    continue
                raise ArenaError(problem) from None
            except (urllib.error.URLError, OSError) as e:
                if attempt < ATTEMPTS and safe:
                    self._sleep(0.2 * 2 ** (attempt - 1))
                    continue
                raise ArenaUnreachable(f"{method} {path}: {e}") from None
        raise ArenaUnreachable(f"{method} {path}: no answer")

    # ---- players -------------------------------------------------------------------------

    def register(self, name: str) -> "ArenaClient":
        """Registers a player and answers a client with its token (`.token`, shown only this once)."""
        r = Registration(**self.call("POST", "/api/players", {"name": name}))
        client = self.with_token(r.token)
        client.player_id = r.playerId
        return client

    def next_matches(self) -> PlayerMatches:
        """Your next match: every match you are seated in or drawn for, in tournaments and on the ladder."""
        return PlayerMatches.of(self.call("GET", "/api/players/me/matches"))

    # ---- matches -------------------------------------------------------------------------

    def matches(self, status: Optional[str] = None) -> List[MatchSummary]:
        query = f"?status={urllib.parse.quote(status)}" if status else ""
        return [MatchSummary.of(m) for m in self.call("GET", "/api/matches" + query)]

    def match(self, match_id: str) -> MatchDetails:
        return MatchDetails.of(self.call("GET", _m(match_id)))

    def join(self, match_id: str, name: Optional[str] = None) -> int:
        """Takes a seat; answers the firm id (the same on every call)."""
        body = {"name": name} if name else None
        return self.call("POST", _m(match_id) + "/seats", body, key=str(uuid.uuid4()))["firmId"]

    def me(self, match_id: str) -> MyFirm:
        return MyFirm.of(self.call("GET", _m(match_id) + "/me"))

    def book(self, match_id: str) -> Dict[str, Any]:
        return self.call("GET", _m(match_id) + "/book")

    def set_decisions(self, match_id: str, decisions: Decisions) -> Decisions:
        d = self.call("PUT", _m(match_id) + "/decisions", decisions.json(), key=str(uuid.uuid4()))
        return Decisions(d["price"], d["bounty"], d["rnd"])

    def place_order(self, match_id: str, order: OrderRequest) -> OrderResult:
        if order.clientOrderId is None:
            order = OrderRequest(order.side, order.price, order.quantity, str(uuid.uuid4()), order.fit)
        return OrderResult.of(self.call("POST", _m(match_id) + "/orders", order.json()))

    def cancel_order(self, match_id: str, order_id: int) -> Dict[str, Any]:
        return self.call("DELETE", f"{_m(match_id)}/orders/{order_id}", key=str(uuid.uuid4()))

    def ready(self, match_id: str, round_no: Optional[int] = None) -> ReadyAnswer:
        """Says your firm is done with the round (lockstep), or ready for a scheduled match to begin."""
        body = {"round": round_no} if round_no is not None else None
        return ReadyAnswer.of(self.call("POST", _m(match_id) + "/ready", body))

    def refusals(self, match_id: str) -> List[Dict[str, Any]]:
        """Your last refusals in the match (up to 100), each with the problem you were answered."""
        return self.call("GET", _m(match_id) + "/me/refusals")["refusals"]

    def events(self, match_id: str, start: int, limit: int = 1000) -> List[Dict[str, Any]]:
        return self.call("GET", f"{_m(match_id)}/events?from={start}&limit={limit}")

    # ---- the ladder ----------------------------------------------------------------------

    def join_ladder(self) -> LadderMember:
        return LadderMember.of(self.call("POST", "/api/ladder/entrants"))

    def ladder_place(self) -> LadderMember:
        return LadderMember.of(self.call("GET", "/api/ladder/entrants/me"))

    def leave_ladder(self) -> None:
        self.call("DELETE", "/api/ladder/entrants/me")

    def ladder(self) -> Dict[str, Any]:
        return self.call("GET", "/api/ladder")


def _m(match_id: str) -> str:
    return "/api/matches/" + urllib.parse.quote(match_id, safe="")
