# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=todict shape=getoutput sink=specific expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00361", methods=["GET", "POST"])
def benchmark_test_00361():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    result = subprocess.getoutput("whois " + bar)  # want: PY-CMDI
    return jsonify(result=str(result))
