# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=formparam propagation=join_builder_replaced sink=v0 expected=false
from fastapi import FastAPI, Form, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/00298")
def benchmark_test_00298(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    return RedirectResponse(bar)
