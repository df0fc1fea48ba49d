# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=headernames propagation=int_conv (helper class) sink=v1 expected=false
from flask import Flask, make_response, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00217", methods=["GET", "POST"])
def benchmark_test_00217():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return make_response("<div>%s</div>" % bar)
