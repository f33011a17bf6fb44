# syntax=docker/dockerfile:1
# The app as a container (docs/operations.md). Three stages from one build context:
#   docker build -t ods .                    the server (the last stage, "runner")
#   docker build --target release -t ods-release .   the release step: migrations and reference data
# Run the release image once per release, before the new server images start.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# postinstall runs `prisma generate`, which needs the schema and its configuration.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build:standalone

# The release step: `npm run db:deploy` applies the migrations (WebAssembly engine, no download),
# `npm run db:seed` loads the reference data. Needs DATABASE_URL; never starts the app.
FROM deps AS release
COPY . .
RUN chown -R node:node /app
USER node
CMD ["sh", "-c", "npm run db:deploy && npm run db:seed"]

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
# Only the standalone server: the traced node_modules, the build, public/, the migrations.
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
# Liveness: the process answers. Readiness (/api/health/ready: the database reachable, migrations
# applied) is for the load balancer: an instance must not be restarted because the database is.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap limits npm start gives the server (package.json config.serverNodeOptions).
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=8", "serve.mjs"]
