# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=formlist shape=guard_log_only sink=v0 expected=true
import logging
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/00154", methods=["POST"])
def benchmark_test_00154():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    if not re.fullmatch(r"[A-Za-z0-9_]+", param):
        logger.warning("unexpected characters in input")
    bar = param
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
