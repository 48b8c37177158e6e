# Lesson 11 and learners' mistake 13: one docker-proxy per published port and address family,
# children of dockerd, gone with the container.
docker run -d --name dlt-px -p 18089:80 httpd
ps -e -o comm | grep -c '^docker-proxy$'
pgrep -c docker-proxy
ps -o args= -C docker-proxy | grep -c -- '-container-port 80'
ps -o user= -C docker-proxy
pgrep -x dockerd | wc -l
docker rm -f dlt-px
ps -e -o comm | grep -c '^docker-proxy$'
