# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam propagation=undecidable_ternary (helper class) sink=v1 expected=true
from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.post("/00329")
def benchmark_test_00329(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
