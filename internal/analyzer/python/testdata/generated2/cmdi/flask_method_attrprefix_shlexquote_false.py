# generated case (gen_cases2): method: constant self.prefix + shlex.quote(arg) -> no CMDI
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)


class Runner:
    def __init__(self, prefix):
        self.prefix = prefix

    def run_quoted(self, arg):
        return os.system(self.prefix + " " + shlex.quote(arg))


@app.route("/ping")
def ping():
    return jsonify(code=Runner("ping -c 1").run_quoted(request.args.get("host", "")))
