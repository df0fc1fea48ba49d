# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=cookie shape=nonlocal_never_called sink=v2 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


def outer_set(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    set_it()
    return result


def outer_unset(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    return result


@app.route("/00260", methods=["GET", "POST"])
def benchmark_test_00260():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = outer_unset(param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return jsonify(result=str(result))
