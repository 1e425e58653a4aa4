# The gateway (and, with another command, the ingestion job) on the same Node major as development.
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# The embedded engine package is skipped: in Docker the official Meilisearch image runs beside us.
RUN npm ci --omit=dev --omit=optional --ignore-scripts && npm cache clean --force
COPY tsconfig.json ./
COPY src ./src
COPY public ./public
USER node
EXPOSE 3000
CMD ["node", "--import", "tsx", "src/main.ts"]
