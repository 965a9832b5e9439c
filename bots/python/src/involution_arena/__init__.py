"""A client for the Involution Arena bot API, standard library only.

    from involution_arena import ArenaClient, Decisions, OrderRequest
    arena = ArenaClient("http://localhost:8080").register("my-bot")
    firm = arena.join(match_id)
    arena.set_decisions(match_id, Decisions(price=9, bounty=0, rnd=40_000))
    arena.place_order(match_id, OrderRequest.buy(price=6_000, quantity=300, fit=True))

See docs/API.md in the repository for the whole API and "from zero to the ladder".
"""
from .client import ArenaClient, ArenaError, ArenaUnreachable
from .follower import EventFollower
from .models import (Decisions, LadderMember, MatchDetails, MatchSummary, MyFirm, NextMatch, OrderRequest,
                     OrderResult, OwnFirm, PlayerMatches, Problem, ReadyAnswer, Registration)
from .play import play_match, play_ladder

__all__ = ["ArenaClient", "ArenaError", "ArenaUnreachable", "EventFollower", "Decisions", "LadderMember",
           "MatchDetails", "MatchSummary", "MyFirm", "NextMatch", "OrderRequest", "OrderResult", "OwnFirm",
           "PlayerMatches", "Problem", "ReadyAnswer", "Registration", "play_match", "play_ladder"]
