# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=cookie shape=namedtuple_field sink=v1 expected=true
import subprocess

from collections import namedtuple
from flask import Flask, jsonify, request

app = Flask(__name__)


Pair = namedtuple("Pair", ["left", "right"])


@app.route("/00019", methods=["GET", "POST"])
def benchmark_test_00019():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    p = Pair("safe", param)
    bar = p.right
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
