# generated case: rule=PY-CMDI source=headers propagation=dictupdate_keyB sink=v0 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.headers.get("X-P", "")
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyB"]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=result)
