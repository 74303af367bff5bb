# A digest makes even the latest tag immutable
FROM python:latest@sha256:277c87868aaaee0aeeac22bdda1f990517b09bd6bec36cbe7457ce42c7f824c4 AS build
RUN pip install --no-cache-dir build==1.1.1
COPY . /src
RUN python -m build --wheel /src --outdir /dist

FROM python:3.12.2-slim-bookworm@sha256:9088beb3ca68cfb4f813ebfa92a77d86a384a2e33d45b51d4c23cb7330e5ad60
COPY --from=build /dist/*.whl /tmp/
RUN pip install --no-cache-dir /tmp/*.whl
USER 10001:10001
