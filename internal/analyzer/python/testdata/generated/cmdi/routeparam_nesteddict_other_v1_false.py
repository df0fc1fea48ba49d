# generated case: rule=PY-CMDI source=routeparam propagation=nesteddict_other sink=v1 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi/<p>")
def handle_cmdi(p):
    param = p
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    result = os.system("ping -c 1 " + bar)
    return jsonify(result=result)
