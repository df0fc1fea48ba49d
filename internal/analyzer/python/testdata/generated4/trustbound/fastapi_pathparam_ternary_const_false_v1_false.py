# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=pathparam shape=ternary_const_false sink=v1 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00194/{test_id}")
def benchmark_test_00194(request: Request, test_id: str):
    param = test_id
    bar = param if False else "safe"
    request.session[bar] = "10340"
    result = True
    return {"result": str(result)}
