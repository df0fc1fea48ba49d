# generated case: rule=PY-CMDI source=data propagation=helper_constfold sink=v0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


def choose(value):
    if len("abc") > 5:
        return value
    return "safe"


@app.route("/cmdi", methods=["POST"])
def handle_cmdi():
    param = request.data.decode("utf-8")
    bar = choose(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
