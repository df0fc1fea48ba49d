# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=headernames propagation=if_fold_mod_safe (helper class) sink=v1 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


@app.route("/00284", methods=["GET", "POST"])
def benchmark_test_00284():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return redirect("/" + bar)
