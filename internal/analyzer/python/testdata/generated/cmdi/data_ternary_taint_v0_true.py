# generated case: rule=PY-CMDI source=data propagation=ternary_taint sink=v0 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.data.decode("utf-8")
    num = 106
    bar = "This_should_never_happen" if (7 * 18) + num < 200 else param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=result)
