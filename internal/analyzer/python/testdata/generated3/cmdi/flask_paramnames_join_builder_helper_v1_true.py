# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=paramnames propagation=join_builder (helper class) sink=v1 expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.route("/00098", methods=["GET", "POST"])
def benchmark_test_00098():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = Test().do_something(request, param)
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
