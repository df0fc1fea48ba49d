# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=cookie propagation=if_fold_div_safe sink=v4 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00087", methods=["GET", "POST"])
def benchmark_test_00087():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return jsonify(result=str(result))
