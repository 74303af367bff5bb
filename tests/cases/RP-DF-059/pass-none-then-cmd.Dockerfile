FROM nginx:1.25.4-alpine AS base
HEALTHCHECK NONE

FROM base
HEALTHCHECK CMD curl -fsS http://localhost/ || exit 1
