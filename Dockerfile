# The gateway (and, with another command, the ingestion job) on the same Node major as development.

# The search page is bundled with esbuild, a development tool; only its output reaches the image.
FROM node:24-bookworm-slim AS page
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build-web.ts ./scripts/
COPY web ./web
RUN npm run build:web

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# The embedded engine package is skipped: in Docker the official Meilisearch image runs beside us.
RUN npm ci --omit=dev --omit=optional --ignore-scripts && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY public ./public
COPY --from=page /build/public/build ./public/build
USER node
EXPOSE 3000
CMD ["node", "--import", "tsx", "src/main.ts"]
