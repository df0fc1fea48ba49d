# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=args shape=filter_lambda_spaces sink=v4 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00159", methods=["GET", "POST"])
def benchmark_test_00159():
    param = request.args.get("BenchmarkTest", "")
    bar = "".join(filter(lambda ch: ch != " ", param))
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return jsonify(result=str(result))
