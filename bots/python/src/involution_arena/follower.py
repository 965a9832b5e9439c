"""Following a match's events in order, without missing or repeating one: the history route is
read from the last sequence number handled + 1; a page that skips a number is read again from the
first missing one (resync); anything already handled is dropped."""
import time
from typing import Any, Callable, Dict, Iterator, Optional


class EventFollower:
    """Yields a match's events in seq order, from `start`, until `match-finished` (or `stop()`)."""

    def __init__(self, client, match_id: str, start: int = 1, poll_seconds: float = 0.1,
                 sleep: Callable[[float], None] = time.sleep):
        self.client = client
        self.match_id = match_id
        self.last = start - 1
        self.poll_seconds = poll_seconds
        self._sleep = sleep
        self._stopped = False
        self.resyncs = 0

    def stop(self) -> None:
        self._stopped = True

    def __iter__(self) -> Iterator[Dict[str, Any]]:
        while not self._stopped:
            page = self.client.events(self.match_id, self.last + 1)
            handed = 0
            for event in page:
                seq = event["seq"]
                if seq <= self.last:
                    continue                      # seen already
                if seq != self.last + 1:
                    self.resyncs += 1             # a gap: read again from the first missing one
                    break
                self.last = seq
                handed += 1
                yield event
                if event["type"] == "match-finished" or self._stopped:
                    return
            if handed == 0:
                self._sleep(self.poll_seconds)

    def next_event(self) -> Optional[Dict[str, Any]]:
        for event in self:
            return event
        return None
