# Lesson 11: the docker-proxy listens on the published port, once per address family.
docker run -d --name dlt-n68 -p 8080:80 httpd
sleep 1
ss -tln | grep 8080
ss -tlnp | grep -c docker-proxy
ss -tl | grep http-alt
