# host:port is a registry, not a tag
FROM registry.local:5000/acme/app
FROM localhost:5000/base-images/python AS py
