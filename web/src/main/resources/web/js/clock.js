// The server's clock as seen from here: deadlines are server epoch milliseconds, and a laptop's
// clock can be off by minutes. Every stream message with an "at" corrects the offset.

let offset = 0;

export function observeServerTime(serverMillis) {
  if (typeof serverMillis === 'number' && serverMillis > 0) offset = serverMillis - Date.now();
}

export function serverNow() {
  return Date.now() + offset;
}
