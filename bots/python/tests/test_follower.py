import unittest

from involution_arena import EventFollower, OrderRequest, Problem
from involution_arena.models import MyFirm


class FakeClient:
    """Answers pages of a match history; the first page for `from=4` skips event 5 (a gap)."""

    def __init__(self, total):
        self.events_all = [{"type": "x", "seq": s} for s in range(1, total)] + [{"type": "match-finished", "seq": total}]
        self.asked = []
        self.gapped = False

    def events(self, match_id, start, limit=1000):
        self.asked.append(start)
        page = [e for e in self.events_all if e["seq"] >= start][:3]
        if start == 4 and not self.gapped:
            self.gapped = True
            return [e for e in page if e["seq"] != 5]
        # also repeat one already handled, which must be dropped
        return ([self.events_all[start - 2]] if start > 1 else []) + page


class FollowerTest(unittest.TestCase):
    def test_every_event_once_in_order_across_a_gap(self):
        client = FakeClient(8)
        follower = EventFollower(client, "m", sleep=lambda s: None)
        seqs = [e["seq"] for e in follower]
        self.assertEqual(seqs, list(range(1, 9)))
        self.assertEqual(follower.resyncs, 1)
        self.assertEqual(client.asked.count(5), 1)

    def test_models_read_answers_and_ignore_unknown_members(self):
        firm = MyFirm.of({"matchId": "m", "round": 2, "seq": 9, "openOrders": [], "brandNew": 1,
                          "firm": {"firmId": 1, "name": "a", "status": "ACTIVE", "cash": 100, "reservedCash": 40,
                                   "quality": 1.0, "loyalUsers": 3, "mercenaryUsers": 4, "capacity": 0,
                                   "reservedCapacity": 0, "decisions": {"price": 9, "bounty": 0, "rnd": 0},
                                   "somethingNew": True}})
        self.assertEqual(firm.firm.users, 7)
        self.assertEqual(firm.firm.free_cash, 60)
        problem = Problem.of(422, {"status": 422, "title": "t", "detail": "d", "code": "INSUFFICIENT_CASH",
                                   "allowedQuantity": 12})
        self.assertEqual(problem.number("allowedQuantity"), 12)
        self.assertEqual(OrderRequest.buy(6000, 10, fit=True).json(),
                         {"side": "BUY", "price": 6000, "quantity": 10, "fit": True})


if __name__ == "__main__":
    unittest.main()
