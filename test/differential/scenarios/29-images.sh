# docker images, tag and rmi: references, formats, and an image in use.
docker images busybox --format '{{.Repository}}:{{.Tag}}'
docker images --format '{{.Repository}}' 'ubuntu'
docker images 'bus*' --format '{{.Repository}}:{{.Tag}}'
docker images nosuch
docker images a b
docker tag busybox dlt-box:1
docker tag busybox 'Dlt-Box:1'
docker tag busybox dlt-box:a:b
docker tag dlt-nosuch dlt-box:2
docker images dlt-box --format '{{.Repository}} {{.Tag}}'
docker run -d --name dlt-img busybox sleep 3600
docker rmi dlt-box:1
docker images dlt-box
docker rmi busybox
docker rmi dlt-nosuch
docker rm -f dlt-img
