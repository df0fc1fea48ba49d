# CMDi FALSE: domain passed through shlex.quote before being placed in a shell string
import shlex
import subprocess

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/tools/dns", methods=["POST"])
def dns_lookup():
    domain = shlex.quote(request.form["domain"])
    proc = subprocess.run(f"nslookup {domain}", shell=True, capture_output=True, text=True, timeout=10)
    return Response(proc.stdout, mimetype="text/plain")
