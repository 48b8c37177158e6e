# The small programs learners type on the host: mkdir, touch, chmod, find, file, sed, rm, which
# (one entry per directory: a real directory lists in the filesystem's order).
mkdir -pv /tmp/dlt-f97/sub
mkdir /tmp/dlt-f97
touch /tmp/dlt-f97/sub/a.txt /tmp/dlt-f97/nosuch/x
echo 'hello world' > /tmp/dlt-f97/sub/a.txt
chmod 640 /tmp/dlt-f97/sub/a.txt
stat -c '%A %n' /tmp/dlt-f97/sub/a.txt
chmod u+x,o+r /tmp/dlt-f97/sub/a.txt
stat -c '%A %n' /tmp/dlt-f97/sub/a.txt
chmod q+x /tmp/dlt-f97/sub/a.txt
chmod 755 /tmp/dlt-f97/nosuch
find /tmp/dlt-f97
find /tmp/dlt-f97 -type d
find /tmp/dlt-f97 -name '*.txt'
find /tmp/dlt-f97 -type q
find /tmp/dlt-nosuch
file /tmp/dlt-f97/sub/a.txt /tmp/dlt-f97/sub /var/run/docker.sock /var/run /tmp/dlt-nosuch
sed -n 1p /tmp/dlt-f97/sub/a.txt
sed 's/world/docker/' /tmp/dlt-f97/sub/a.txt
sed -i 's/hello/bye/' /tmp/dlt-f97/sub/a.txt
sed -n '/bye/p' /tmp/dlt-f97/sub/a.txt
sed 's/a/b' /tmp/dlt-f97/sub/a.txt
rm /tmp/dlt-f97/sub
rm /tmp/dlt-nosuch
rm -rv /tmp/dlt-f97
which ip dlt-nosuch
which -a ip
