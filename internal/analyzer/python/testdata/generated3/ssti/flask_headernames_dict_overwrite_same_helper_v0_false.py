# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=headernames propagation=dict_overwrite_same (helper class) sink=v0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00285", methods=["GET", "POST"])
def benchmark_test_00285():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return render_template_string("<p>Hello " + bar + "</p>")
