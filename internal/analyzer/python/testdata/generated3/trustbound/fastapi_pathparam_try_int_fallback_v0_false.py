# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=pathparam propagation=try_int_fallback sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00543/{test_id}")
def benchmark_test_00543(request: Request, test_id: str):
    param = test_id
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}
