# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=headerparam propagation=direct sink=safe0 expected=false
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00546")
def benchmark_test_00546(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    request.session["userid_length"] = len(bar)
    result = True
    return {"result": str(result)}
