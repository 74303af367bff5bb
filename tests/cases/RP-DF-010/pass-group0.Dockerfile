# OpenShift style: arbitrary UID in the root group is not root
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3
RUN chgrp -R 0 /app && chmod -R g=u /app
USER 1001:0
