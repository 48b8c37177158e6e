# Lesson 1/5: the docker CLI is only a client of the Engine API on /var/run/docker.sock;
# curl can ask the same questions.
docker run -d --name dlt-api busybox sleep 3600
curl -s --unix-socket /var/run/docker.sock http://localhost/_ping
curl -s --unix-socket /var/run/docker.sock http://localhost/containers/json | grep -o '"Names":\[[^]]*\]'
curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/containers/dlt-api/json | grep -o '"Name":"/[^"]*"'
curl -s --unix-socket /var/run/docker.sock http://localhost/containers/dlt-nosuch/json
curl -s --unix-socket /var/run/docker.sock http://localhost/v1.99/version
curl -s --unix-socket /var/run/docker.sock http://localhost/nosuch
