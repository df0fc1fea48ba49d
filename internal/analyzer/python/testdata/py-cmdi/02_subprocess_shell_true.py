# CMDi: DNS lookup with subprocess.run(..., shell=True) and a concatenated domain from a form
import subprocess

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/tools/dns", methods=["POST"])
def dns_lookup():
    domain = request.form["domain"]
    proc = subprocess.run("nslookup " + domain, shell=True, capture_output=True, text=True, timeout=10)  # want: PY-CMDI
    return Response(proc.stdout, mimetype="text/plain")
