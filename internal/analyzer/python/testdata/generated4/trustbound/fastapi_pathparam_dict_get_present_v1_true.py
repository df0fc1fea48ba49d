# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=pathparam shape=dict_get_present sink=v1 expected=true
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00068/{test_id}")
def benchmark_test_00068(request: Request, test_id: str):
    param = test_id
    options = {"term": param}
    bar = options.get("term", "none")
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
