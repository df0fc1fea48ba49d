# generated case: rule=PY-CMDI source=args propagation=helper_const sink=v0 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


def do_something(value):
    return "safe!"


@app.route("/cmdi")
def handle_cmdi():
    param = request.args.get("p", "")
    bar = do_something(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
