# generated case: rule=PY-CMDI source=headers propagation=method_ident sink=v0 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


@app.route("/cmdi")
def handle_cmdi():
    param = request.headers.get("X-P", "")
    bar = Thing().do_something(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=result)
