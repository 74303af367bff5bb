FROM ubuntu:22.04
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx procps openssh-client vim-tiny \
 && rm -rf /var/lib/apt/lists/*
RUN ssh-keygen -A && pkill -0 nginx || echo "no service to kill"
RUN sed -i 's/worker_processes auto/worker_processes 2/' /etc/nginx/nginx.conf
HEALTHCHECK CMD ps aux | grep -q '[n]ginx'
CMD ["nginx", "-g", "daemon off;"]
