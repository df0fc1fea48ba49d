# py-ssrf: clients of other protocols (HTTP connections, FTP, SMTP)
# connect to the host they are given; a host from an allow-list is fine.
import ftplib
import http.client

from flask import Flask, abort, request

app = Flask(__name__)
MIRRORS = {"ftp.example.org", "mirror.example.net"}


@app.route("/status")
def status():
    host = request.args.get("host", "")
    conn = http.client.HTTPSConnection(host, timeout=5)  # want: PY-SSRF
    conn.request("GET", "/status")
    return {"status": conn.getresponse().status}


@app.route("/listing")
def listing():
    host = request.args.get("host", "")
    with ftplib.FTP(host) as ftp:  # want: PY-SSRF
        return {"files": len(ftp.nlst())}


@app.route("/mirror")
def mirror():
    host = request.args.get("host", "")
    if host not in MIRRORS:
        abort(400)
    with ftplib.FTP(host) as ftp:  # safe: an allow-listed host
        return {"files": len(ftp.nlst())}
