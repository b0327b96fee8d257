# Build: install everything, generate the Prisma client, compile.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build

# Runtime dependencies only. --omit=optional --omit=peer also leaves out what @prisma/client lists as optional peers
# (the Prisma CLI with Prisma Studio, TypeScript): about 190 MB instead of 440 MB. Migrations run without them
# (node dist/cli.js migrate uses the WASM schema engine, a runtime dependency).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --omit=peer --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/app/.data
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
# Without DATABASE_URL the API keeps an embedded database here: writable by the user it runs as, and a volume.
RUN mkdir -p /app/.data && chown node:node /app/.data
VOLUME ["/app/.data"]
USER node
EXPOSE 3000
# The probe asks the port the server listens on (PORT), whatever it is set to.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Other commands: node dist/cli.js migrate | seed | keys <create|list|revoke> | import <paths>
# The heap limit as `npm start` sets it (HEAP_LIMIT_MB, src/heap-limit.ts); a shell expands the variable.
CMD ["sh", "-c", "exec node \"--max-old-space-size=${HEAP_LIMIT_MB:-128}\" dist/server.js"]
