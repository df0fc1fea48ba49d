# generated case: rule=PY-CMDI source=data propagation=guard_and_len sink=v0 expected=true
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.data.decode("utf-8")
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        abort(400)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=result)
