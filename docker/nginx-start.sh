#!/bin/bash
# The nginx container's command (docker/nginx.Dockerfile): the active health checks in the
# background, then nginx in the foreground as the container's main process. The checks write
# conf.d/default.conf (the image's copy, not a mounted file) and reload nginx when an instance
# goes down or comes back; their lines go to the container's log.
set -e
/usr/local/bin/nginx-health.sh --conf /etc/nginx/conf.d/default.conf --interval 5 --fails 2 --passes 2 &
exec nginx -g 'daemon off;'
