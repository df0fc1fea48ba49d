# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=headernames propagation=list_pop_safe sink=v0 expected=false
from flask import Flask, redirect, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00326", methods=["GET", "POST"])
def benchmark_test_00326():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    return redirect(bar)
