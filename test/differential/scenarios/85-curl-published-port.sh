# Lesson 11: a published port answers on every host address: through docker-proxy on
# 127.0.0.1, through the DNAT rule on the others; the container answers on its own address.
docker run -d -p 8080:80 --name dlt-site httpd
sleep 1
curl -s localhost:8080
curl -s http://127.0.0.1:8080/index.html
curl -s http://172.17.0.2/
curl -s http://172.17.0.1:8080/
