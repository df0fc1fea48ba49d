# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=formparam propagation=undecidable_ternary (helper class) sink=v0 expected=true
from fastapi import FastAPI, Form, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.post("/00568")
def benchmark_test_00568(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
