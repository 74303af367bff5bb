RUN echo "this file lost its FROM"
WORKDIR /app
FROM debian:12.5-slim
