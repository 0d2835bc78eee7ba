# Commerce gateway image: one image runs the gateway (default CMD), any subgraph
# (`node dist/subgraphs/main.js <name>`) and the demo seeder (`node dist/subgraphs/seed-main.js`).

# ---- build: install all deps, compile TypeScript, then drop dev deps ----
FROM node:20-bookworm-slim AS build
WORKDIR /app

COPY package.json package-lock.json ./
# --ignore-scripts: the project's `prepare` (tsc) needs the sources copied below; no dependency needs an install script.
RUN npm ci --no-audit --no-fund --ignore-scripts

COPY . .
# schema/ holds the subgraph SDL files read at runtime (subgraphs/sdl.ts); make sure the directory exists.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund && mkdir -p schema

# ---- runtime: compiled JS + production deps only, non-root ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps
WORKDIR /app

COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema

USER node
EXPOSE 4000

# bookworm-slim has no curl: probe with Node's built-in fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "dist/gateway/main.js"]
