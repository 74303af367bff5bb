# expect-none
# PHP-FPM with pinned build dependencies that are purged again, and composer from its image.
FROM composer:2.7.1 AS composer

FROM php:8.3.3-fpm-bookworm
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends libzip-dev=1.7.3-1+b1 libicu-dev=72.1-3; \
    docker-php-ext-install -j"$(nproc)" intl zip opcache; \
    apt-get purge -y --auto-remove libicu-dev; \
    rm -rf /var/lib/apt/lists/*
COPY --from=composer /usr/bin/composer /usr/local/bin/composer
WORKDIR /var/www/html
COPY --chown=33:33 composer.json composer.lock ./
RUN composer install --no-dev --no-scripts --no-interaction --prefer-dist \
    && composer clear-cache
COPY --chown=33:33 . .
USER 33:33
VOLUME /var/www/html/storage
EXPOSE 9000
HEALTHCHECK CMD ["php-fpm", "-t"]
CMD ["php-fpm"]
