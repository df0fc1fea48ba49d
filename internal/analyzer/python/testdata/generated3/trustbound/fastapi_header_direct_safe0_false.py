# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=header propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00606")
def benchmark_test_00606(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    request.session["userid_length"] = len(bar)
    result = True
    return {"result": str(result)}
