# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=fastapi source=headernames propagation=replace_braces (helper class) sink=v1 expected=true
import jinja2

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        bar = param.replace("{{", "").replace("}}", "")
        return bar


@app.get("/00272")
def benchmark_test_00272(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
