# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=paramnames propagation=match_const_safe (helper class) sink=v1 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


@app.route("/00102", methods=["GET", "POST"])
def benchmark_test_00102():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = Test().do_something(request, param)
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
