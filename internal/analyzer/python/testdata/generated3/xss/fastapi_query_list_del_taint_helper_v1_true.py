# generated case (gen_cases3): category=xss rule=PY-XSS fw=fastapi source=query propagation=list_del_taint (helper class) sink=v1 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


@app.get("/00225")
def benchmark_test_00225(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
