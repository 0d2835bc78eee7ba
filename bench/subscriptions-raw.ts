/**
 * The baseline of `npm run bench:subscriptions`: a raw `ws` server, no GraphQL, run as its own
 * process like the gateway. A client sends `{"key": "..."}` once; `POST /broadcast` with
 * `{"key", "payload"}` sends `payload` (a string, as is) to every socket of that key and answers
 * `{"sent", "at"}` (`at`: when it started sending, in ms since the epoch). It prints
 * `ready <port>` once listening.
 */
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const byKey = new Map<string, Set<WebSocket>>();
const http = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/broadcast') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const { key, payload } = JSON.parse(body) as { key: string; payload: string };
    const at = Date.now();
    let sent = 0;
    for (const socket of byKey.get(key) ?? []) {
      socket.send(payload);
      sent++;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sent, at }));
  });
});
const wss = new WebSocketServer({ server: http });
wss.on('connection', (socket) => {
  socket.once('message', (data) => {
    const { key } = JSON.parse(String(data)) as { key: string };
    let sockets = byKey.get(key);
    if (!sockets) byKey.set(key, (sockets = new Set()));
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.send('{"ok":true}');
  });
});
http.listen(0, '127.0.0.1', () => {
  process.stdout.write(`ready ${(http.address() as { port: number }).port}\n`);
});
process.on('SIGTERM', () => {
  for (const s of wss.clients) s.terminate();
  wss.close();
  http.close(() => process.exit(0));
});
