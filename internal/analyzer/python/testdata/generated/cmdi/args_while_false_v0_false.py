# generated case: rule=PY-CMDI source=args propagation=while_false sink=v0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.args.get("p", "")
    bar = "safe"
    while 3 > 5:
        bar = param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
