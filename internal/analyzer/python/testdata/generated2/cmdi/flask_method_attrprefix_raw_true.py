# generated case (gen_cases2): method: constant self.prefix + raw arg -> CMDI
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)


class Runner:
    def __init__(self, prefix):
        self.prefix = prefix

    def run(self, arg):
        return os.system(self.prefix + " " + arg)  # want: PY-CMDI


@app.route("/ping")
def ping():
    return jsonify(code=Runner("ping -c 1").run(request.args.get("host", "")))
