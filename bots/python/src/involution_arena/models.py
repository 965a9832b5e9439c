"""Typed views of the API's JSON: dataclasses built from answers, ignoring members they do not know
(the arena adds members over time). Money is in cents, compute in units, times in epoch ms."""
from dataclasses import dataclass, field, fields
from typing import Any, Dict, List, Optional


def _known(cls, data: Dict[str, Any]) -> Dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


@dataclass(frozen=True)
class Problem:
    """An error answer (RFC 9457 problem+json): type, title, status, detail and what else the arena
    said: rule, code, field, untilRound and the numbers (allowedQuantity, freeCash, neededCash, ...)."""
    status: int
    title: str = ""
    detail: str = ""
    type: str = "about:blank"
    members: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, status: int, data: Dict[str, Any]) -> "Problem":
        return cls(status=data.get("status", status), title=data.get("title", ""), detail=data.get("detail", ""),
                   type=data.get("type", "about:blank"), members=dict(data))

    @property
    def code(self) -> Optional[str]:
        return self.members.get("code")

    @property
    def rule(self) -> Optional[str]:
        return self.members.get("rule")

    @property
    def field(self) -> Optional[str]:
        return self.members.get("field")

    def number(self, name: str) -> Optional[int]:
        """A number of the refusal: allowedQuantity, freeCash, neededCash, freeCapacity, cap, floor,
        allowedPrice, allowedBounty, currentRound or untilRound."""
        value = self.members.get(name)
        return int(value) if isinstance(value, (int, float)) else None


@dataclass(frozen=True)
class Registration:
    playerId: str
    token: str


@dataclass(frozen=True)
class Decisions:
    price: int
    bounty: int
    rnd: int

    def json(self) -> Dict[str, int]:
        return {"price": self.price, "bounty": self.bounty, "rnd": self.rnd}


@dataclass(frozen=True)
class OrderRequest:
    side: str
    price: int
    quantity: int
    clientOrderId: Optional[str] = None
    fit: bool = False

    @classmethod
    def buy(cls, price: int, quantity: int, client_order_id: Optional[str] = None, fit: bool = False):
        return cls("BUY", price, quantity, client_order_id, fit)

    @classmethod
    def sell(cls, price: int, quantity: int, client_order_id: Optional[str] = None, fit: bool = False):
        return cls("SELL", price, quantity, client_order_id, fit)

    def json(self) -> Dict[str, Any]:
        body: Dict[str, Any] = {"side": self.side, "price": self.price, "quantity": self.quantity}
        if self.clientOrderId is not None:
            body["clientOrderId"] = self.clientOrderId
        if self.fit:
            body["fit"] = True
        return body


@dataclass(frozen=True)
class OrderResult:
    orderId: int
    status: str
    restingQuantity: int
    quantity: int = 0
    fills: List[Dict[str, Any]] = field(default_factory=list)

    @classmethod
    def of(cls, data: Dict[str, Any]) -> "OrderResult":
        return cls(**_known(cls, data))


@dataclass(frozen=True)
class OwnFirm:
    firmId: int
    name: str
    status: str
    cash: int
    reservedCash: int
    quality: float
    loyalUsers: int
    mercenaryUsers: int
    capacity: int
    reservedCapacity: int
    decisions: Decisions

    @property
    def users(self) -> int:
        return self.loyalUsers + self.mercenaryUsers

    @property
    def free_cash(self) -> int:
        return self.cash - self.reservedCash

    @classmethod
    def of(cls, data: Dict[str, Any]) -> "OwnFirm":
        values = _known(cls, data)
        values["decisions"] = Decisions(**_known(Decisions, data["decisions"]))
        return cls(**values)


@dataclass(frozen=True)
class MyFirm:
    matchId: str
    round: int
    seq: int
    firm: OwnFirm
    openOrders: List[Dict[str, Any]]

    @classmethod
    def of(cls, data: Dict[str, Any]) -> "MyFirm":
        return cls(data["matchId"], data["round"], data["seq"], OwnFirm.of(data["firm"]), data.get("openOrders", []))


@dataclass(frozen=True)
class MatchSummary:
    matchId: str
    name: str
    status: str
    round: int
    rounds: int
    roundMillis: int
    seats: int
    firms: int
    policy: str
    demo: bool = False
    deadline: int = 0
    tournamentId: Optional[str] = None
    lockstep: bool = False
    startAt: int = 0

    @classmethod
    def of(cls, data: Dict[str, Any]) -> "MatchSummary":
        return cls(**_known(cls, data))


@dataclass(frozen=True)
class MatchDetails:
    """The public view of a match as of event seq; firms and the last round stay plain dicts."""
    summary: MatchSummary
    seq: int
    stateHash: int
    seed: int
    firms: List[Dict[str, Any]]
    lastRound: Optional[Dict[str, Any]]
    standings: List[Dict[str, Any]]
    interventions: List[Dict[str, Any]]

    @classmethod
    def of(cls, data: Dict[str, Any]) -> "MatchDetails":
        return cls(MatchSummary.of(data["summary"]), data["seq"], data["stateHash"], data["seed"], data["firms"],
                   data.get("lastRound"), data.get("standings", []), data.get("interventions", []))


@dataclass(frozen=True)
class ReadyAnswer:
    matchId: str
    round: int
    waitingFor: int
    lockstep: bool

    @classmethod
    def of(cls, data: Dict[str, Any]) -> "ReadyAnswer":
        return cls(**_known(cls, data))


@dataclass(frozen=True)
class NextMatch:
    source: str
    status: str
    matchId: Optional[str] = None
    tournamentId: Optional[str] = None
    round: int = 0
    startAt: int = 0
    firmId: Optional[int] = None
    lockstep: bool = False

    @classmethod
    def of(cls, data: Dict[str, Any]) -> "NextMatch":
        return cls(**_known(cls, data))


@dataclass(frozen=True)
class PlayerMatches:
    playerId: str
    at: int
    matches: List[NextMatch]

    @property
    def next(self) -> Optional[NextMatch]:
        return self.matches[0] if self.matches else None

    @classmethod
    def of(cls, data: Dict[str, Any]) -> "PlayerMatches":
        return cls(data["playerId"], data["at"], [NextMatch.of(m) for m in data.get("matches", [])])


@dataclass(frozen=True)
class LadderMember:
    playerId: str
    name: str
    status: str
    misses: int = 0
    matchesInPlay: int = 0
    waitingSince: int = 0
    standing: Optional[Dict[str, Any]] = None

    @classmethod
    def of(cls, data: Dict[str, Any]) -> "LadderMember":
        return cls(**_known(cls, data))
