# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=header shape=setcomp_allowed_join sink=v0 expected=false
from fastapi import FastAPI, Request

app = FastAPI()
ALLOWED_TERMS = {"alpha", "beta"}


@app.get("/00149")
def benchmark_test_00149(request: Request):
    param = request.headers.get("referer", "")
    bar = ",".join(sorted({v for v in param.split(",") if v in ALLOWED_TERMS})) or "alpha"
    request.session["userid"] = bar
    result = True
    return {"result": str(result)}
