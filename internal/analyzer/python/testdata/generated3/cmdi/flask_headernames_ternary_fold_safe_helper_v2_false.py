# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=headernames propagation=ternary_fold_safe (helper class) sink=v2 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


@app.route("/00084", methods=["GET", "POST"])
def benchmark_test_00084():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return jsonify(result=str(result))
