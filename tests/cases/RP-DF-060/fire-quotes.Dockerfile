FROM nginx:1.25.4-alpine
# single quotes are not JSON: this runs /bin/sh -c "['nginx', ...]"
CMD ['nginx', '-g', 'daemon off;']
