# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=headernames propagation=direct sink=safe0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00273", methods=["GET", "POST"])
def benchmark_test_00273():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    return render_template_string("<p>Hello {{ name }}</p>", name=bar)
