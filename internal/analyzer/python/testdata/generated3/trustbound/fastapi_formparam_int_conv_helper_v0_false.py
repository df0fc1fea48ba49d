# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=formparam propagation=int_conv (helper class) sink=v0 expected=false
from fastapi import FastAPI, Form, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.post("/00594")
def benchmark_test_00594(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}
