# py-cmdi: a dict whose key is input gives its values on lookup, not the key
import json
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/lookup")
def lookup_value():
    param = request.args["p"]
    table = {param: "status"}
    os.system("systemctl " + table[param])  # safe: PY-CMDI
    os.system("systemctl " + table.get(param, "status"))  # safe: PY-CMDI
    return "ok"


@app.route("/keys")
def the_keys():
    param = request.args["p"]
    table = {param: "status"}
    for k in table:
        os.system("systemctl " + k)  # want: PY-CMDI
    return json.dumps(table)  # want: PY-XSS


@app.route("/values")
def tainted_value():
    param = request.args["p"]
    table = {param: param}
    os.system("systemctl " + table[param])  # want: PY-CMDI
    return "ok"
