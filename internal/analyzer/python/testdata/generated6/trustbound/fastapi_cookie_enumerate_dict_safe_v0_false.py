# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=cookie shape=enumerate_dict_safe sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00165")
def benchmark_test_00165(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    by_pos = dict(enumerate(["safe", param]))
    bar = by_pos[0]
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}
