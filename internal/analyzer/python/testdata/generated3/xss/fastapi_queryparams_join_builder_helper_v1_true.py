# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=queryparams propagation=join_builder (helper class) sink=v1 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.get("/00237")
def benchmark_test_00237(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
