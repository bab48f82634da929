# nginx for docker/compose.yaml: the official image, plus curl and the active health checks
# (config/scripts/nginx-health.sh), which run beside nginx in the same container and mark an
# instance whose /health/ready fails "down" in the configuration, then reload nginx. Build context:
# the repository root (compose.yaml says so); docker/nginx.Dockerfile.dockerignore lists what it sends.
FROM nginx:1.27
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY config/scripts/nginx-health.sh /usr/local/bin/nginx-health.sh
COPY docker/nginx-start.sh /usr/local/bin/nginx-start.sh
CMD ["/usr/local/bin/nginx-start.sh"]
