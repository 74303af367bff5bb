# The way many PHP images are written.
# expect-file: AVD-DS-0026 CKV_DOCKER_2 CIS-DI-0006
FROM php:8.3-apache
# expect: DL3008 DL3015 AVD-DS-0029 DL3009 DKL-DI-0005
RUN apt-get update && apt-get install -y \
        libpng-dev \
        libzip-dev \
        unzip \
    && docker-php-ext-install gd zip pdo_mysql
# expect: DL4006
RUN curl -sS https://getcomposer.org/installer | php -- --install-dir=/usr/local/bin --filename=composer
COPY . /var/www/html/
# expect: DL3003 AVD-DS-0013
RUN cd /var/www/html && composer install --no-dev --optimize-autoloader
# expect: DL3059
RUN chown -R www-data:www-data /var/www/html
# expect: DL3066
USER www-data
EXPOSE 80
