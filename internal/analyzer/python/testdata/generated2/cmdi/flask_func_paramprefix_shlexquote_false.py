# generated case (gen_cases2): function: constant prefix argument + shlex.quote(arg) -> no CMDI
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)


def run_quoted(prefix, arg):
    return os.system(prefix + " " + shlex.quote(arg))


@app.route("/ping")
def ping():
    return jsonify(code=run_quoted("ping -c 1", request.args.get("host", "")))
