# Several CMD, ENTRYPOINT and HEALTHCHECK in one stage: only the last one counts.
FROM redis:7.2.4-bookworm
HEALTHCHECK --interval=30s CMD ["redis-cli", "ping"]
# expect: DL3012 AVD-DS-0023
HEALTHCHECK --interval=10s --timeout=3s CMD ["redis-cli", "-h", "127.0.0.1", "ping"]
ENTRYPOINT ["docker-entrypoint.sh"]
# expect: DL4004 AVD-DS-0007
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
CMD ["redis-server"]
# expect: DL4003 AVD-DS-0016
CMD ["redis-server", "/etc/redis/redis.conf"]
USER 999:999
