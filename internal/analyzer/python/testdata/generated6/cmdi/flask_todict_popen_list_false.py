# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=todict shape=popen_list sink=specific expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00331", methods=["GET", "POST"])
def benchmark_test_00331():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    proc = subprocess.Popen(["tar", "-tzf", "/srv/archives/" + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return jsonify(result=str(result))
