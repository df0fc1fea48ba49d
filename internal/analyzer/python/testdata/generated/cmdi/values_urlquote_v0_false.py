# generated case: rule=PY-CMDI source=values propagation=urlquote sink=v0 expected=false
import subprocess
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi")
def handle_cmdi():
    param = request.values.get("p", "")
    bar = urllib.parse.quote(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=result)
