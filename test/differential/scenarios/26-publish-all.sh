# -P publishes every exposed port (the image's EXPOSE and --expose) on ports from 32768.
docker run -d --name dlt-pa -P --expose=9000 --expose=7000-7001/udp httpd
docker port dlt-pa
docker ps --format '{{.Names}} {{.Ports}}'
docker inspect -f '{{json .Config.ExposedPorts}}' dlt-pa
docker run -d --name dlt-nopub --expose=9000 busybox sleep 3600
docker ps --filter name=dlt-nopub --format '{{.Ports}}'
docker rm -f dlt-pa dlt-nopub
