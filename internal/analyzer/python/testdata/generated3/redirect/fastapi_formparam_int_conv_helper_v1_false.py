# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam propagation=int_conv (helper class) sink=v1 expected=false
from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.post("/00343")
def benchmark_test_00343(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)
